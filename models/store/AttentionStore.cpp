#include "AttentionStore.h"

#include "SqlDialect.h"
#include "Statement.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

Expected<AttentionStore::Count> AttentionStore::count(const QString &sql)
{
    Statement st(m_ctx.database.connection(), sql);
    const auto row = st.readOne([](const Statement &r) {
        return Count{r.value(0).toInt(), r.value(1).toLongLong()};
    });
    if (!row)
        return Expected<Count>::failure(row.error());
    return row->value_or(Count{});
}

Expected<AttentionStore::Count> AttentionStore::deadRows()
{
    return count(u"SELECT COUNT(*), COALESCE(MAX(id), 0) FROM sync_queue WHERE state = 'dead'"_s);
}

Expected<AttentionStore::Count> AttentionStore::webhookEventsNeedingAttention()
{
    return count(u"SELECT COUNT(*), COALESCE(MAX(id), 0) FROM webhook_events WHERE state = "
                 "'needs_attention'"_s);
}

Expected<AttentionStore::Count> AttentionStore::latestDrift()
{
    if (SqlDialect::of(m_ctx.database.connection()).isPostgresql())
        return count(u"SELECT COALESCE(jsonb_array_length(CAST(report AS jsonb) -> 'drifts'), 0), "
                     "id FROM reconciliations ORDER BY id DESC LIMIT 1"_s);
    return count(u"SELECT COALESCE(json_array_length(report, '$.drifts'), 0), id FROM "
                 "reconciliations ORDER BY id DESC LIMIT 1"_s);
}

} // namespace pinedesk
