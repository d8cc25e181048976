#include "QueueCommand.h"

#include "ExitCode.h"
#include "domain/SystemClock.h"
#include "store/SyncQueueStore.h"

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
    const bool json = arguments == QStringList{u"--json"_s};
    if (!arguments.isEmpty() && !json) {
        err << tr("Usage: pinedesk queue [--json]") << '\n';
        return ExitUsage;
    }
    SystemClock clock;
    SyncQueueStore queue({database, clock, u"cli"_s});
    const auto counts = queue.countsByState();
    const auto dead = queue.rows(QueueState::Dead, 1000);
    const QueueState order[] = {QueueState::Pending, QueueState::InFlight, QueueState::Retry,
                                QueueState::Dead,    QueueState::Done,     QueueState::Cancelled};
    if (json) {
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
