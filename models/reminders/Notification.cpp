#include "Notification.h"

#include "domain/Money.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QString amountOf(const QJsonObject &args)
{
    const QString currency = args.value(u"currency"_s).toString();
    if (currency.isEmpty())
        return {};
    return Money(qint64(args.value(u"minor"_s).toDouble()), currency).toDisplayString(QLocale());
}

} // namespace

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
    case Kind::Sale:
        return tr("New sale: %1").arg(args.value(u"client"_s).toString());
    case Kind::PaymentFailed:
        return tr("A payment failed: %1").arg(args.value(u"client"_s).toString());
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
    case Kind::Sale: {
        const QString plan = args.value(u"plan"_s).toString();
        const QString amount = amountOf(args);
        if (plan.isEmpty())
            return tr("%1 paid through %2.").arg(amount, args.value(u"provider"_s).toString());
        return tr("%1 for %2, through %3. Access is on its way to TradingView.")
            .arg(amount, plan, args.value(u"provider"_s).toString());
    }
    case Kind::PaymentFailed:
        return tr("%1 through %2 did not go through; access is unchanged. The provider usually "
                  "tries again.")
            .arg(amountOf(args), args.value(u"provider"_s).toString());
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
    case Kind::Sale:
        return u"sale"_s;
    case Kind::PaymentFailed:
        return u"payment_failed"_s;
    }
    return {};
}

QString Notification::describe(Kind kind)
{
    switch (kind) {
    case Kind::Expiring:
        return tr("Accesses about to end");
    case Kind::DeadRows:
        return tr("Changes TradingView refused");
    case Kind::WebhookAttention:
        return tr("Payment events needing attention");
    case Kind::BackupFailed:
        return tr("A failed backup");
    case Kind::SessionExpired:
        return tr("The TradingView session expired");
    case Kind::CircuitOpen:
        return tr("TradingView keeps failing");
    case Kind::Drift:
        return tr("Differences found by a reconciliation");
    case Kind::Sale:
        return tr("New sales");
    case Kind::PaymentFailed:
        return tr("Failed payments");
    }
    return {};
}

std::optional<Notification::Kind> Notification::kindFromText(const QString &text)
{
    for (Kind k : allKinds) {
        if (toText(k) == text)
            return k;
    }
    return std::nullopt;
}

} // namespace pinedesk
