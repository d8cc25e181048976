#include "TestDatabase.h"

#include "store/Statement.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk::test {

QDateTime TestDatabase::at(const QString &isoUtc)
{
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

TestDatabase::TestDatabase()
    : m_clock(at(u"2026-03-15T10:00:00.000"_s))
    , m_database(std::make_unique<Database>(m_dir.filePath(u"test.sqlite"_s)))
{
    if (!m_dir.isValid()) {
        m_openError = u"cannot create a temporary folder"_s;
        return;
    }
    if (const Status s = m_database->open(); !s)
        m_openError = s.error();
}

TestDatabase::~TestDatabase()
{
    m_database.reset();
}

QString TestDatabase::path() const
{
    return m_database->path();
}

QVariant TestDatabase::scalar(const QString &sql)
{
    return scalar(sql, {});
}

QVariant TestDatabase::scalar(const QString &sql, const QVariantMap &values)
{
    Statement st(m_database->connection(), sql);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        st.bind(it.key(), it.value());
    const auto first = st.execAndFirst();
    if (!first || !*first)
        return {};
    return st.value(0);
}

} // namespace pinedesk::test
