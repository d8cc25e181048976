#include "AccessChanges.h"

#include "domain/ExpiryCalculator.h"
#include "domain/PineIdValidator.h"
#include "domain/UsernameValidator.h"
#include "store/AccessStore.h"
#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "store/SyncQueueStore.h"
#include "store/Transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// The expiration a grant or an extension leads to, from what the client holds now.
Expiration target(const AccessChanges::Request &r, const std::optional<Access> &current,
                  const Clock &clock)
{
    const bool running = current && current->intent == IntendedState::Granted &&
                         !current->expiration.isPastAt(clock.nowUtc());
    const std::optional<Expiration> held =
        running ? std::optional(current->expiration) : std::nullopt;
    if (r.until) {
        const Expiration day = Expiration::endOfDay(*r.until);
        if (r.keepLonger && held && (held->isLifetime() || held->until() > day.until()))
            return *held;
        return day;
    }
    const Duration duration = r.duration.value_or(Duration::lifetime());
    const ExpiryCalculator calc(clock);
    if (r.mode == AccessChanges::Mode::Extend)
        return calc.extend(held, duration);
    // A grant gives at least `duration` from now and never shortens what is held.
    const Expiration fresh = calc.fromNow(duration);
    if (!held || fresh.isLifetime())
        return fresh;
    if (held->isLifetime() || held->until() >= fresh.until())
        return *held;
    return fresh;
}

} // namespace

Expected<AccessChanges::Summary> AccessChanges::apply(const Request &request)
{
    using R = Expected<Summary>;
    if (request.usernames.isEmpty())
        return R::failure(tr("No usernames were given."));
    if (request.pineIds.isEmpty())
        return R::failure(tr("No indicator was given."));
    if (request.mode != Mode::Revoke && !request.duration && !request.until)
        return R::failure(tr("Say how long: a duration, a date or lifetime."));

    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    Summary summary;
    ClientStore clients(m_ctx);
    IndicatorStore indicators(m_ctx);
    AccessStore accesses(m_ctx);
    SyncQueueStore queue(m_ctx);

    QList<qint64> indicatorIds;
    for (const QString &raw : request.pineIds) {
        const auto pineId = PineIdValidator::validate(raw);
        if (!pineId)
            return R::failure(pineId.error());
        if (const auto known = indicators.byPineId(*pineId)) {
            indicatorIds.append(known->id);
            continue;
        }
        Indicator created;
        created.pineId = *pineId;
        created.name = request.indicatorNames.value(*pineId, *pineId);
        created.status = IndicatorStatus::Live;
        const auto id = indicators.create(created);
        if (!id)
            return R::failure(id.error());
        indicatorIds.append(*id);
        ++summary.indicatorsCreated;
    }

    const QString label = request.label.isEmpty() ? (request.mode == Mode::Grant    ? tr("Grant")
                                                     : request.mode == Mode::Extend ? tr("Extend")
                                                                                    : tr("Revoke"))
                                                  : request.label;
    const auto batch = queue.createBatch(label);
    if (!batch)
        return R::failure(batch.error());
    summary.batchId = *batch;

    for (const QString &raw : request.usernames) {
        const auto name = UsernameValidator::validate(raw);
        if (!name)
            return R::failure(name.error());
        qint64 clientId = 0;
        if (const auto known = clients.byUsername(*name)) {
            clientId = known->id;
        } else {
            const auto created = clients.create({0, *name});
            if (!created)
                return R::failure(created.error());
            clientId = *created;
            ++summary.clientsCreated;
        }
        for (qint64 indicatorId : std::as_const(indicatorIds)) {
            const std::optional<Access> current = accesses.forPair(clientId, indicatorId);
            if (request.mode == Mode::Revoke) {
                if (const Status s = accesses.revoke(clientId, indicatorId, *batch); !s)
                    return R::failure(s.error());
                ++summary.queued;
                continue;
            }
            const Expiration until = target(request, current, m_ctx.clock);
            if (current && current->intent == IntendedState::Granted &&
                current->expiration == until) {
                ++summary.unchanged;
                continue;
            }
            AccessStore::Grant grant;
            grant.clientId = clientId;
            grant.indicatorId = indicatorId;
            grant.expiration = until;
            const bool keeps = request.mode == Mode::Extend && current &&
                               current->intent == IntendedState::Granted;
            grant.origin = request.origin.value_or(keeps ? current->origin : AccessOrigin::Manual);
            grant.planId =
                request.planId ? request.planId : (keeps ? current->planId : std::nullopt);
            grant.batchId = *batch;
            grant.paymentId = request.paymentId;
            if (const auto id = accesses.grant(grant); !id)
                return R::failure(id.error());
            ++summary.queued;
        }
    }
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    return summary;
}

} // namespace pinedesk
