#pragma once

#include "ServiceContext.h"
#include "domain/Expected.h"
#include "domain/Indicator.h"
#include "domain/IndicatorVersion.h"
#include "domain/Plan.h"

#include <QCoreApplication>
#include <QList>

namespace pinedesk {

// The indicator catalog and the plans, for every front end: each write is one transaction with
// its audit lines (the stores write them) and announces Change::Catalog after it committed.
class CatalogService
{
    Q_DECLARE_TR_FUNCTIONS(CatalogService)

public:
    // A script found on the vendor's TradingView account, to add to the catalog.
    struct FoundScript
    {
        QString pineId;
        QString name;
        QString version;
    };

    explicit CatalogService(ServiceContext context)
        : m_ctx(std::move(context))
    {}

    // Creates (id 0) or updates the indicator and adds its new versions: all or nothing.
    // Returns the indicator's id.
    [[nodiscard]] Expected<qint64> saveIndicator(const Indicator &indicator,
                                                 const QList<IndicatorVersion> &newVersions);
    [[nodiscard]] Status setIndicatorStatus(qint64 id, IndicatorStatus status);
    [[nodiscard]] Status removeIndicator(qint64 id);
    // Adds the scripts as live indicators with their version, in one transaction: one refused
    // script adds none, and the error says which.
    [[nodiscard]] Expected<int> importScripts(const QList<FoundScript> &scripts);

    [[nodiscard]] Expected<qint64> savePlan(const Plan &plan);
    [[nodiscard]] Status removePlan(qint64 id);

    [[nodiscard]] Expected<QList<Indicator>> indicators();
    [[nodiscard]] Expected<std::optional<Indicator>> indicator(qint64 id);
    [[nodiscard]] Expected<QList<IndicatorVersion>> versions(qint64 indicatorId); // newest first
    [[nodiscard]] Expected<QList<Plan>> plans();
    [[nodiscard]] Expected<std::optional<Plan>> plan(qint64 id);
    [[nodiscard]] Expected<std::optional<Plan>> planNamed(const QString &name);

private:
    void announce() const;

    ServiceContext m_ctx;
};

} // namespace pinedesk
