#pragma once

#include "domain/Expiration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace pinedesk {

// How TradingView differs from what PineDesk intends, script by script.
struct ReconciliationReport
{
    Q_DECLARE_TR_FUNCTIONS(ReconciliationReport)

public:
    enum class Kind {
        Missing,            // intended, but TradingView has no grant
        Unexpected,         // a known client holds access PineDesk does not intend
        UnknownUser,        // someone who is not a client holds access
        ExpirationMismatch, // both dated, different dates
        LifetimeMismatch,   // one lifetime, the other dated
    };
    struct Drift
    {
        Kind kind = Kind::Missing;
        QString pineId;
        QString indicator;
        QString username;
        std::optional<Expiration> intended; // nullopt: PineDesk intends no access
        std::optional<Expiration> onServer; // nullopt: TradingView has no grant
    };

    QDateTime startedAt;
    QDateTime finishedAt;
    int scriptsChecked = 0;
    int grantsOnServer = 0;
    QList<Drift> drifts;
    QStringList errors; // scripts that could not be listed, with the reason
    // PineDesk's own database could not be read: the report is incomplete (the scripts
    // concerned show no drift at all, rather than false ones) and no fix may be queued from it.
    QStringList readFailures;
    bool canQueueFixes() const { return readFailures.isEmpty(); }

    int count(Kind kind) const;
    static QString kindName(Kind kind);        // stable, for JSON
    static QString kindDisplayName(Kind kind); // translated
    QJsonObject toJson() const;
    // Reads back what toJson() wrote (a saved report); unknown kinds are skipped.
    static ReconciliationReport fromJson(const QJsonObject &json);
};

} // namespace pinedesk
