#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace pinedesk {

// Something the vendor should know about, kept until read. Its words are made from `kind` and
// `args` when shown, so they follow the language PineDesk speaks then.
struct Notification
{
    Q_DECLARE_TR_FUNCTIONS(Notification)

public:
    enum class Kind {
        Expiring,         // accesses end within a threshold; args: days, count, names
        DeadRows,         // changes TradingView refused for good; args: count
        WebhookAttention, // payment events wait for the vendor; args: count
        BackupFailed,     // args: reason
        SessionExpired,   // the TradingView session must be pasted again
        CircuitOpen,      // TradingView kept failing: the sync pauses and retries by itself
        Drift,            // the last reconciliation found differences; args: count
        Sale,             // a provider reported a payment; args: client, plan, minor, currency
        PaymentFailed,    // a provider reported a failed charge; args as Sale
    };
    static constexpr Kind allKinds[] = {
        Kind::Expiring,     Kind::DeadRows,       Kind::WebhookAttention,
        Kind::BackupFailed, Kind::SessionExpired, Kind::CircuitOpen,
        Kind::Drift,        Kind::Sale,           Kind::PaymentFailed};

    qint64 id = 0;
    Kind kind = Kind::Expiring;
    QString dedupKey; // raised once per key
    QJsonObject args;
    QString target; // what opening it shows: "calendar", "sync", "automation", "settings"
    QDateTime createdAt;
    std::optional<QDateTime> readAt;
    std::optional<QDateTime> shownAt; // when the desktop notification popped up

    QString title() const;
    QString text() const;

    static QString toText(Kind kind);
    // What the kind is about, for the vendor choosing what a team channel hears.
    static QString describe(Kind kind);
    static std::optional<Kind> kindFromText(const QString &text);
};

} // namespace pinedesk
