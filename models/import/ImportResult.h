#pragma once

#include <QList>
#include <QString>

namespace pinedesk {

// A line that was not imported, with why, for the error report.
struct RejectedLine
{
    qint64 line = 0; // 1-based line in the file
    QString text;    // the line as written, cut to maxTextLength characters
    QString reason;  // a translated sentence
    static constexpr int maxTextLength = 200;
};

// What an import did (or, for a dry run, would do). Every accepted line counts once as
// created, updated or unchanged; payments are counted on their own.
struct ImportResult
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int payments = 0;        // new payments recorded
    int paymentsKnown = 0;   // already recorded by an earlier import: not added again
    int paymentsRefused = 0; // failed or refunded in the export: not recorded
    // With "give access": (client, script) pairs queued, and new paid payments that gave none
    // because no plan sells their product or the client has no TradingView username.
    int accessQueued = 0;
    int paidWithoutAccess = 0;
    QList<RejectedLine> rejected;
    qint64 lines = 0; // data lines read (header and blank lines not counted)
    bool dryRun = false;
    bool cancelled = false; // stopped by the vendor: nothing was written

    int accepted() const { return created + updated + unchanged; }
};

} // namespace pinedesk
