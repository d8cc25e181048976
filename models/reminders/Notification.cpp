#include "Notification.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

QString Notification::title() const
{
    const int count = args.value(u"count"_s).toInt();
    switch (kind) {
    case Kind::Expiring:
        return tr("%n access(es) end within %1", nullptr, count)
            .arg(tr("%n day(s)", nullptr, args.value(u"days"_s).toInt()));
    case Kind::DeadRows:
        return tr("%n change(s) could not be applied on TradingView", nullptr, count);
    case Kind::WebhookAttention:
        return tr("%n payment event(s) need your attention", nullptr, count);
    case Kind::BackupFailed:
        return tr("The backup failed");
    case Kind::SessionExpired:
        return tr("The TradingView session expired");
    case Kind::CircuitOpen:
        return tr("TradingView keeps failing");
    case Kind::Drift:
        return tr("%n access(es) differ on TradingView", nullptr, count);
    }
    return {};
}

QString Notification::text() const
{
    switch (kind) {
    case Kind::Expiring: {
        QStringList names;
        for (const QJsonValue v : args.value(u"names"_s).toArray())
            names.append(v.toString());
        // Older notifications have no "clients": their names were all there was.
        const int shown = int(names.size());
        const int more = args.value(u"clients"_s).toInt(shown) - shown;
        const QString list = names.join(u", "_s);
        return more > 0 ? tr("%1 and %n more. Renew them or let them end.", nullptr, more).arg(list)
                        : tr("%1. Renew them or let them end.").arg(list);
    }
    case Kind::DeadRows:
        return tr("Open Sync to see why and retry them.");
    case Kind::WebhookAttention:
        return tr("Open Automation to fix the username or the product, then apply them.");
    case Kind::BackupFailed:
        return args.value(u"reason"_s).toString();
    case Kind::SessionExpired:
        return tr("Changes wait in the queue. Paste a fresh session in Settings › TradingView "
                  "connection.");
    case Kind::CircuitOpen:
        return tr("PineDesk paused the sync for a while and tries again by itself. Open Sync to "
                  "see why.");
    case Kind::Drift:
        return tr("The last reconciliation found TradingView different from what you intend. "
                  "Open Sync to review and fix it.");
    }
    return {};
}

QString Notification::toText(Kind kind)
{
    switch (kind) {
    case Kind::Expiring:
        return u"expiring"_s;
    case Kind::DeadRows:
        return u"dead_rows"_s;
    case Kind::WebhookAttention:
        return u"webhook_attention"_s;
    case Kind::BackupFailed:
        return u"backup_failed"_s;
    case Kind::SessionExpired:
        return u"session_expired"_s;
    case Kind::CircuitOpen:
        return u"circuit_open"_s;
    case Kind::Drift:
        return u"drift"_s;
    }
    return {};
}

std::optional<Notification::Kind> Notification::kindFromText(const QString &text)
{
    for (Kind k : {Kind::Expiring, Kind::DeadRows, Kind::WebhookAttention, Kind::BackupFailed,
                   Kind::SessionExpired, Kind::CircuitOpen, Kind::Drift}) {
        if (toText(k) == text)
            return k;
    }
    return std::nullopt;
}

} // namespace pinedesk
