#include "NotificationSweep.h"

#include "Alerts.h"
#include "Notification.h"
#include "store/AttentionStore.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

Expected<int> NotificationSweep::run()
{
    AttentionStore attention(m_ctx);
    Alerts notifications(m_ctx);
    int raised = 0;
    const struct
    {
        Notification::Kind kind;
        Expected<AttentionStore::Count> count;
        QString target;
    } checks[] = {
        {Notification::Kind::DeadRows, attention.deadRows(), u"sync"_s},
        {Notification::Kind::WebhookAttention, attention.webhookEventsNeedingAttention(),
         u"automation"_s},
        {Notification::Kind::Drift, attention.latestDrift(), u"sync"_s},
    };
    for (const auto &check : checks) {
        if (!check.count)
            return Expected<int>::failure(check.count.error());
        if (check.count->count == 0)
            continue;
        Notification n;
        n.kind = check.kind;
        n.dedupKey =
            Notification::toText(check.kind) + u':' + QString::number(check.count->latestId);
        n.args = {{u"count"_s, check.count->count}};
        n.target = check.target;
        const auto id = notifications.raise(n);
        if (!id)
            return Expected<int>::failure(id.error());
        raised += *id ? 1 : 0;
    }
    return raised;
}

Expected<int> NotificationSweep::backupFailed(const QString &reason)
{
    Notification n;
    n.kind = Notification::Kind::BackupFailed;
    // One a day at most: a folder that stays unwritable does not flood the list.
    n.dedupKey = u"backup_failed:"_s + m_ctx.clock.nowUtc().date().toString(Qt::ISODate);
    n.args = {{u"reason"_s, reason}};
    n.target = u"settings"_s;
    const auto id = Alerts(m_ctx).raise(n);
    if (!id)
        return Expected<int>::failure(id.error());
    return *id ? 1 : 0;
}

Expected<int> NotificationSweep::engineState(EngineState state)
{
    Notification n;
    const QDateTime now = m_ctx.clock.nowUtc();
    if (state == EngineState::PausedSessionExpired) {
        n.kind = Notification::Kind::SessionExpired;
        n.dedupKey = u"session_expired:"_s + now.date().toString(Qt::ISODate);
        n.target = u"settings"_s;
    } else if (state == EngineState::CircuitOpen) {
        n.kind = Notification::Kind::CircuitOpen;
        n.dedupKey = u"circuit_open:"_s + now.toString(u"yyyy-MM-ddTHH"_s);
        n.target = u"sync"_s;
    } else {
        return 0;
    }
    const auto id = Alerts(m_ctx).raise(n);
    if (!id)
        return Expected<int>::failure(id.error());
    return *id ? 1 : 0;
}

} // namespace pinedesk
