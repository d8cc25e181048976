#include "ReconciliationStore.h"

#include "DbTime.h"
#include "Statement.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

Expected<qint64> ReconciliationStore::save(const QDateTime &startedAt, const QDateTime &finishedAt,
                                           const QJsonObject &report)
{
    Statement st(m_ctx.database.connection(),
                 u"INSERT INTO reconciliations (started_at, finished_at, report) "
                 "VALUES (:s, :f, :r)"_s);
    st.bind(u":s"_s, DbTime::toDb(startedAt))
        .bind(u":f"_s, DbTime::toDb(finishedAt))
        .bind(u":r"_s, QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)));
    if (const Status s = st.exec(); !s)
        return Expected<qint64>::failure(s.error());
    return st.lastInsertId();
}

std::optional<QJsonObject> ReconciliationStore::latest()
{
    Statement st(m_ctx.database.connection(),
                 u"SELECT report FROM reconciliations ORDER BY id DESC LIMIT 1"_s);
    const auto first = st.execAndFirst();
    if (!first || !*first)
        return std::nullopt;
    return QJsonDocument::fromJson(st.value(0).toString().toUtf8()).object();
}

} // namespace pinedesk
