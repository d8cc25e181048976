#include "QueueCommand.h"

#include "services/QueueService.h"

#include "ExitCode.h"
#include "domain/SystemClock.h"
#include "store/SyncQueueStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

int QueueCommand::run(const QStringList &arguments, Database &database)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The queue of changes waiting for TradingView."));
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, tr("Print as JSON."));
    const QCommandLineOption pause(u"pause"_s, tr("Pause a batch."), tr("BATCH"));
    const QCommandLineOption resume(u"resume"_s, tr("Resume a paused batch."), tr("BATCH"));
    const QCommandLineOption cancel(
        u"cancel"_s, tr("Cancel the waiting changes of a batch, or all."), tr("BATCH|all"));
    const QCommandLineOption retry(u"retry-dead"_s, tr("Queue the failed changes again."));
    parser.addOptions({json, pause, resume, cancel, retry});
    if (!parser.parse(QStringList{u"pinedesk queue"_s} + arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitOk;
    }
    SystemClock clock;
    QueueService control(StoreContext{database, clock, u"cli:"_s + qEnvironmentVariable("USER")});
    auto batchOf = [&](const QCommandLineOption &option) -> std::optional<qint64> {
        bool ok = false;
        const qint64 id = parser.value(option).toLongLong(&ok);
        return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
    };
    for (const QCommandLineOption *option : {&pause, &resume}) {
        if (!parser.isSet(*option))
            continue;
        const auto batch = batchOf(*option);
        if (!batch) {
            err << tr("--%1 takes a batch number.").arg(option->names().first()) << '\n';
            return ExitUsage;
        }
        if (const Status s = control.setBatchPaused(*batch, option == &pause); !s) {
            err << s.error() << '\n';
            return ExitFailed;
        }
        out << (option == &pause ? tr("Batch %1 is paused.") : tr("Batch %1 is resumed."))
                   .arg(*batch)
            << '\n';
        return ExitOk;
    }
    if (parser.isSet(cancel)) {
        const bool all = parser.value(cancel) == u"all"_s;
        const auto batch = batchOf(cancel);
        if (!all && !batch) {
            err << tr("--cancel takes a batch number or all.") << '\n';
            return ExitUsage;
        }
        const auto cancelled = control.cancelWaiting(all ? std::nullopt : batch);
        if (!cancelled) {
            err << cancelled.error() << '\n';
            return ExitFailed;
        }
        out << tr("%n waiting change(s) cancelled. What PineDesk intends is unchanged, so these "
                  "clients now differ from TradingView; 'pinedesk reconcile' lists them.",
                  nullptr, *cancelled)
            << '\n';
        return ExitOk;
    }
    if (parser.isSet(retry)) {
        const auto retried = control.retryDead(std::nullopt);
        if (!retried) {
            err << retried.error() << '\n';
            return ExitFailed;
        }
        out << tr("%n failed change(s) queued again.", nullptr, *retried) << '\n';
        return ExitOk;
    }
    const bool asJson = parser.isSet(json);
    SyncQueueStore queue({database, clock, u"cli"_s});
    const auto countsRead = queue.countsByState();
    const auto deadRead = queue.rows(QueueState::Dead, 1000);
    if (!countsRead || !deadRead) {
        err << (countsRead ? deadRead.error() : countsRead.error()).message() << '\n';
        return ExitFailed;
    }
    const auto &counts = *countsRead;
    const auto &dead = *deadRead;
    const QueueState order[] = {QueueState::Pending, QueueState::InFlight, QueueState::Retry,
                                QueueState::Dead,    QueueState::Done,     QueueState::Cancelled};
    if (asJson) {
        QJsonObject byState;
        for (QueueState s : order)
            byState.insert(toText(s), counts.value(s));
        QJsonArray deadRows;
        for (const SyncQueueRow &r : dead) {
            deadRows.append(QJsonObject{{u"id"_s, r.id},
                                        {u"username"_s, r.tvUsername},
                                        {u"pine_id"_s, r.pineId},
                                        {u"attempts"_s, r.attempts},
                                        {u"reason"_s, r.lastError}});
        }
        out << QJsonDocument(QJsonObject{{u"counts"_s, byState}, {u"dead"_s, deadRows}})
                   .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (QueueState s : order)
        out << toText(s) << '\t' << counts.value(s) << '\n';
    for (const SyncQueueRow &r : dead)
        out << tr("dead: %1 on %2 (%3 attempts): %4")
                   .arg(r.tvUsername, r.pineId)
                   .arg(r.attempts)
                   .arg(r.lastError)
            << '\n';
    return ExitOk;
}

} // namespace pinedesk
