#include "Reconciler.h"
#include "jobs/JobRunner.h"
#include "logging/LogCategories.h"

#include "store/AccessStore.h"
#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "store/ReconciliationStore.h"
#include "store/SyncQueueStore.h"
#include "store/Transaction.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

using Drift = ReconciliationReport::Drift;
using Kind = ReconciliationReport::Kind;

// TradingView keeps milliseconds at best; a difference under a second is no drift.
bool sameExpiration(const Expiration &a, const Expiration &b)
{
    if (a.isLifetime() || b.isLifetime())
        return a.isLifetime() == b.isLifetime();
    return qAbs(a.until().msecsTo(b.until())) < 1000;
}

} // namespace

Reconciler::Reconciler(StoreContext context, TradingViewClient &client, QObject *parent)
    : QObject(parent)
    , m_ctx(std::move(context))
    , m_client(client)
    , m_compare(new JobRunner(m_ctx.database, this))
{}

// The runner (a child) waits for a comparison still running.
Reconciler::~Reconciler() = default;

void Reconciler::compared(const Expected<QList<ReconciliationReport::Drift>> &drifts)
{
    if (drifts) {
        m_report.drifts += *drifts;
    } else {
        // Not knowing the intent is not "nothing intended": no drift for this script.
        m_report.readFailures.append(drifts.error().message());
        m_report.errors.append(drifts.error().message());
    }
    advance();
}

void Reconciler::advance()
{
    ++m_index;
    Q_EMIT progress(m_index, int(m_targets.size()));
    next();
}

void Reconciler::run(std::function<void(const ReconciliationReport &)> done)
{
    m_done = std::move(done);
    m_report = ReconciliationReport();
    m_report.startedAt = m_ctx.clock.nowUtc();
    m_targets.clear();
    const auto catalog = IndicatorStore(m_ctx).list();
    if (!catalog) {
        m_report.readFailures.append(catalog.error().message());
        m_report.errors.append(catalog.error().message());
    } else {
        for (const Indicator &i : *catalog)
            m_targets.append({i.id, i.pineId, i.name});
    }
    m_index = 0;
    next();
}

void Reconciler::next()
{
    if (m_cancelled || m_index >= m_targets.size()) {
        m_report.finishedAt = m_ctx.clock.nowUtc();
        if (!m_cancelled) {
            // The report is shown either way; only "the last report" is lost if saving fails.
            if (const auto saved = ReconciliationStore(m_ctx).save(
                    m_report.startedAt, m_report.finishedAt, m_report.toJson());
                !saved)
                qCWarning(lcSync) << "the reconciliation report was not saved:"
                                  << saved.error().detail();
        }
        m_done(m_report);
        return;
    }
    const Target target = m_targets[m_index];
    m_client.listUsers(target.pineId, QString(), [this, target](const TvResult<QList<TvGrant>> &r) {
        if (!r) {
            m_report.errors.append(
                tr("%1 (%2): %3").arg(target.name, target.pineId, r.error().message()));
            if (r.error().kind == TvError::Kind::SessionExpired)
                m_cancelled = true; // every further call would fail the same way
        } else {
            ++m_report.scriptsChecked;
            m_report.grantsOnServer += int(r->size());
            const StoreContext context = m_ctx;
            const QList<TvGrant> grants = *r;
            using Drifts = Expected<QList<Drift>>;
            m_compare->run<Drifts>(
                [context, target, grants](JobControl &) {
                    return compare(context, target.indicatorId, target.pineId, target.name, grants);
                },
                [this](const Drifts &drifts) { compared(drifts); });
            return; // continues when the comparison is done
        }
        advance();
    });
}

Expected<QList<Drift>> Reconciler::compare(StoreContext context, qint64 indicatorId,
                                           const QString &pineId, const QString &name,
                                           const QList<TvGrant> &grants)
{
    using R = Expected<QList<Drift>>;
    const auto intents = AccessStore(context).intentsForIndicator(indicatorId);
    if (!intents)
        return R::failure(intents.error());
    const QDateTime now = context.clock.nowUtc();
    QHash<QString, TvGrant> server;
    for (const TvGrant &g : grants) {
        if (!g.expiration.isPastAt(now)) // listed during a grace period: already no access
            server.insert(g.username.toLower(), g);
    }
    QList<Drift> drifts;
    QSet<QString> known;
    for (const PairIntent &intent : *intents) {
        const QString key = intent.tvUsername.toLower();
        known.insert(key);
        const bool wanted =
            intent.intent == IntendedState::Granted && !intent.expiration.isPastAt(now);
        const auto held = server.constFind(key);
        const bool holds = held != server.constEnd();
        Drift d{Kind::Missing,
                pineId,
                name,
                intent.tvUsername,
                wanted ? std::optional(intent.expiration) : std::nullopt,
                holds ? std::optional(held->expiration) : std::nullopt};
        if (wanted && !holds) {
            drifts.append(d);
        } else if (!wanted && holds) {
            d.kind = Kind::Unexpected;
            drifts.append(d);
        } else if (wanted && holds && !sameExpiration(intent.expiration, held->expiration)) {
            d.kind = intent.expiration.isLifetime() != held->expiration.isLifetime()
                         ? Kind::LifetimeMismatch
                         : Kind::ExpirationMismatch;
            drifts.append(d);
        }
    }
    ClientStore clients(context);
    for (auto it = server.cbegin(); it != server.cend(); ++it) {
        if (known.contains(it.key()))
            continue;
        const auto client = clients.findByUsername(it->username);
        if (!client)
            return R::failure(client.error());
        drifts.append({client->has_value() ? Kind::Unexpected : Kind::UnknownUser, pineId, name,
                       it->username, std::nullopt, it->expiration});
    }
    return drifts;
}

Expected<Reconciler::Fixes> Reconciler::queueFixes(StoreContext context,
                                                   const ReconciliationReport &report,
                                                   UnknownUsers unknown)
{
    using R = Expected<Fixes>;
    if (!report.canQueueFixes())
        return R::failure(tr("This reconciliation could not read PineDesk's own data, so its "
                             "differences are incomplete; no fix was queued. Reconcile again."));
    const QSqlDatabase db = context.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    Fixes fixes;
    SyncQueueStore queue(context);
    const auto batch = queue.createBatch(tr("Reconciliation fixes"));
    if (!batch)
        return R::failure(batch.error());
    fixes.batchId = *batch;
    ClientStore clients(context);
    IndicatorStore indicators(context);
    AccessStore accesses(context);
    for (const Drift &d : report.drifts) {
        const auto found = indicators.findByPineId(d.pineId);
        if (!found)
            return R::failure(found.error());
        const auto &indicator = *found;
        if (!indicator)
            continue;
        if (d.kind == Kind::UnknownUser) {
            if (unknown == UnknownUsers::Leave)
                continue;
            // One unknown user may hold several scripts: the client is created once.
            const auto existingRead = clients.findByUsername(d.username);
            if (!existingRead)
                return R::failure(existingRead.error());
            const auto &existing = *existingRead;
            const auto created =
                existing ? Expected<qint64>(existing->id) : clients.create({0, d.username});
            if (!created)
                return R::failure(created.error());
            if (unknown == UnknownUsers::Adopt) {
                // Record what they hold as intended; the queued row then only confirms it.
                AccessStore::Grant grant;
                grant.clientId = *created;
                grant.indicatorId = indicator->id;
                grant.expiration = d.onServer.value_or(Expiration::lifetime());
                grant.origin = AccessOrigin::Import;
                grant.batchId = *batch;
                if (const auto id = accesses.grant(grant); !id)
                    return R::failure(id.error());
                ++fixes.adopted;
            } else if (const Status s = accesses.revoke(*created, indicator->id, *batch); !s) {
                return R::failure(s.error());
            }
            ++fixes.queued;
            continue;
        }
        const auto clientRead = clients.findByUsername(d.username);
        if (!clientRead)
            return R::failure(clientRead.error());
        const auto &client = *clientRead;
        if (!client)
            continue;
        const auto access = accesses.findForPair(client->id, indicator->id);
        if (!access)
            return R::failure(access.error());
        if (d.kind == Kind::Unexpected && !access->has_value()) {
            if (const Status s = accesses.revoke(client->id, indicator->id, *batch); !s)
                return R::failure(s.error());
        } else if (const auto row = queue.enqueue(client->tvUsername, d.pineId, *batch); !row) {
            return R::failure(row.error());
        }
        ++fixes.queued;
    }
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    return fixes;
}

} // namespace pinedesk
