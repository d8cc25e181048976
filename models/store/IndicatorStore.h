#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"
#include "domain/Indicator.h"
#include "domain/IndicatorVersion.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace pinedesk {

class Statement;

// The vendor's catalog: indicators (unique pine id) and their version history.
class IndicatorStore
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorStore)

public:
    explicit IndicatorStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    Expected<qint64> create(Indicator indicator);
    Status update(Indicator indicator);
    Status setStatus(qint64 id, IndicatorStatus status);
    // Refused while accesses or plans refer to it; retire it instead.
    Status remove(qint64 id);

    Expected<std::optional<Indicator>> findById(qint64 id);
    std::optional<Indicator> byId(qint64 id);
    // Decisions use findByPineId and list (a failed read is an error); byPineId and all are
    // for display and treat a failed read (logged) as "none".
    Expected<std::optional<Indicator>> findByPineId(const QString &pineId);
    std::optional<Indicator> byPineId(const QString &pineId);
    Expected<QList<Indicator>> list();
    QList<Indicator> all();

    Expected<qint64> addVersion(IndicatorVersion version);
    [[nodiscard]] Expected<QList<IndicatorVersion>> listVersions(qint64 indicatorId);
    QList<IndicatorVersion> versions(qint64 indicatorId);
    // Accesses intended as granted and not expired at `now` (lifetime included).
    qint64 activeUserCount(qint64 indicatorId);

private:
    Status validate(Indicator &indicator);
    static Indicator fromRow(const Statement &st);

    StoreContext m_ctx;
};

} // namespace pinedesk
