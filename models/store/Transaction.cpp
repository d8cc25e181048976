#include "Transaction.h"

#include "SqlDialect.h"
#include "StoreError.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// Nesting depth per connection. Connections are per thread, so a thread_local map is enough.
QHash<QString, int> &depths()
{
    thread_local QHash<QString, int> map;
    return map;
}

} // namespace

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    int &depth = depths()[m_db.connectionName()];
    if (depth == 0) {
        const QStringList begin = SqlDialect::of(m_db).beginWrite();
        m_active = run(begin.first());
        for (qsizetype i = 1; m_active && i < begin.size(); ++i) {
            if (!run(begin[i])) {
                run(u"ROLLBACK"_s);
                m_active = false;
            }
        }
    } else {
        m_savepoint = u"pd_sp_%1"_s.arg(depth);
        m_active = run(u"SAVEPOINT "_s + m_savepoint);
    }
    if (m_active)
        ++depth;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::run(const QString &sql)
{
    // Transaction control takes no values; the statement text is fixed above.
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_error = StoreError::fromSql(query.lastError(), sql);
    return false;
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error.isEmpty()
                                   ? StoreError::make(Error::Kind::Io, u"no active transaction"_s)
                                   : m_error);
    const bool ok = m_savepoint.isEmpty() ? run(u"COMMIT"_s) : run(u"RELEASE "_s + m_savepoint);
    if (!ok) {
        rollback();
        return Status::failure(m_error);
    }
    m_active = false;
    --depths()[m_db.connectionName()];
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        run(u"ROLLBACK"_s);
    } else {
        run(u"ROLLBACK TO "_s + m_savepoint);
        run(u"RELEASE "_s + m_savepoint);
    }
    m_active = false;
    --depths()[m_db.connectionName()];
}

} // namespace pinedesk
