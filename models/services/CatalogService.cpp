#include "CatalogService.h"

#include "ChangeFeed.h"
#include "store/IndicatorStore.h"
#include "store/PlanStore.h"
#include "store/Transaction.h"

namespace pinedesk {

void CatalogService::announce() const
{
    m_ctx.announce(Change::Catalog);
}

Expected<qint64> CatalogService::saveIndicator(const Indicator &indicator,
                                               const QList<IndicatorVersion> &newVersions)
{
    if (const Status allowed = m_ctx.require(Permission::EditCatalog); !allowed)
        return Expected<qint64>::failure(allowed.error());
    using R = Expected<qint64>;
    Transaction tx(m_ctx.store.database.connection());
    if (!tx.isActive())
        return R::failure(tx.error());
    IndicatorStore store(m_ctx.store);
    qint64 id = indicator.id;
    if (id == 0) {
        const auto created = store.create(indicator);
        if (!created)
            return created;
        id = *created;
    } else {
        const auto before = store.findById(id);
        if (!before)
            return R::failure(before.error());
        const auto &was = *before;
        const bool changed = !was || was->name != indicator.name.trimmed() ||
                             was->pineId != indicator.pineId.trimmed() ||
                             was->status != indicator.status ||
                             was->description != indicator.description;
        if (changed) {
            if (const Status s = store.update(indicator); !s)
                return R::failure(s.error());
        }
    }
    for (IndicatorVersion version : newVersions) {
        version.indicatorId = id;
        if (const auto added = store.addVersion(version); !added)
            return R::failure(added.error());
    }
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    announce();
    return id;
}

Status CatalogService::setIndicatorStatus(qint64 id, IndicatorStatus status)
{
    if (const Status allowed = m_ctx.require(Permission::EditCatalog); !allowed)
        return allowed;
    const Status s = IndicatorStore(m_ctx.store).setStatus(id, status);
    if (s)
        announce();
    return s;
}

Status CatalogService::removeIndicator(qint64 id)
{
    if (const Status allowed = m_ctx.require(Permission::EditCatalog); !allowed)
        return allowed;
    const Status s = IndicatorStore(m_ctx.store).remove(id);
    if (s)
        announce();
    return s;
}

Expected<int> CatalogService::importScripts(const QList<FoundScript> &scripts)
{
    if (const Status allowed = m_ctx.require(Permission::EditCatalog); !allowed)
        return Expected<int>::failure(allowed.error());
    using R = Expected<int>;
    Transaction tx(m_ctx.store.database.connection());
    if (!tx.isActive())
        return R::failure(tx.error());
    IndicatorStore store(m_ctx.store);
    const QDateTime now = m_ctx.store.clock.nowUtc();
    int added = 0;
    for (const FoundScript &script : scripts) {
        Indicator indicator;
        indicator.name = script.name.isEmpty() ? script.pineId : script.name;
        indicator.pineId = script.pineId;
        indicator.status = IndicatorStatus::Live;
        const auto id = store.create(indicator);
        if (!id)
            return R::failure(id.error());
        if (!script.version.trimmed().isEmpty()) {
            const auto version =
                store.addVersion({0, *id, script.version, now, tr("Imported from TradingView")});
            if (!version)
                return R::failure(version.error());
        }
        ++added;
    }
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    announce();
    return added;
}

Expected<qint64> CatalogService::savePlan(const Plan &plan)
{
    if (const Status allowed = m_ctx.require(Permission::EditCatalog); !allowed)
        return Expected<qint64>::failure(allowed.error());
    PlanStore store(m_ctx.store);
    if (plan.id == 0) {
        auto created = store.create(plan);
        if (created)
            announce();
        return created;
    }
    if (const Status s = store.update(plan); !s)
        return Expected<qint64>::failure(s.error());
    announce();
    return plan.id;
}

Status CatalogService::removePlan(qint64 id)
{
    if (const Status allowed = m_ctx.require(Permission::EditCatalog); !allowed)
        return allowed;
    const Status s = PlanStore(m_ctx.store).remove(id);
    if (s)
        announce();
    return s;
}

Expected<QList<Indicator>> CatalogService::indicators()
{
    return IndicatorStore(m_ctx.store).list();
}

Expected<std::optional<Indicator>> CatalogService::indicator(qint64 id)
{
    return IndicatorStore(m_ctx.store).findById(id);
}

Expected<QList<IndicatorVersion>> CatalogService::versions(qint64 indicatorId)
{
    return IndicatorStore(m_ctx.store).listVersions(indicatorId);
}

Expected<QList<Plan>> CatalogService::plans()
{
    return PlanStore(m_ctx.store).list();
}

Expected<std::optional<Plan>> CatalogService::plan(qint64 id)
{
    return PlanStore(m_ctx.store).findById(id);
}

Expected<std::optional<Plan>> CatalogService::planNamed(const QString &name)
{
    return PlanStore(m_ctx.store).findByName(name);
}

} // namespace pinedesk
