#include "Statement.h"

#include "SqlDialect.h"
#include "StoreError.h"

#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

Statement::Statement(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    // QPSQL reads a forward-only result row by row, and loses it when the same connection runs
    // another statement meanwhile (a page read while a list is walked, a lookup per row): on
    // PostgreSQL the whole result is fetched at once instead.
    m_query.setForwardOnly(!SqlDialect::of(db).isPostgresql());
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        m_prepareError = m_query.lastError();
}

Statement &Statement::bind(const QString &placeholder, const QVariant &value)
{
    // The SQLite driver writes a null QString as NULL. An empty text field is '' in PineDesk;
    // NULL is bound only on purpose, as a QVariant without a value.
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QString(u""_s));
    else if (value.typeId() == QMetaType::Bool)
        m_query.bindValue(placeholder,
                          value.isNull() ? QVariant() : QVariant(value.toBool() ? 1 : 0));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Status Statement::exec()
{
    if (!m_prepared)
        return Status::failure(StoreError::fromSql(m_prepareError, m_sql));
    if (StoreError::faultMatches(m_sql))
        return Status::failure(StoreError::make(Error::Kind::Io, u"injected fault: "_s + m_sql));
    if (!m_query.exec())
        return Status::failure(StoreError::fromSql(m_query.lastError(), m_sql));
    return {};
}

Status Statement::runFixed(const QSqlDatabase &db, const QString &sql)
{
    if (StoreError::faultMatches(sql))
        return Status::failure(StoreError::make(Error::Kind::Io, u"injected fault: "_s + sql));
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Status::failure(StoreError::fromSql(query.lastError(), sql));
    return {};
}

Expected<bool> Statement::execAndFirst()
{
    if (const Status s = exec(); !s)
        return Expected<bool>::failure(s.error());
    return m_query.next();
}

} // namespace pinedesk
