#pragma once

#include "ReconciliationReport.h"
#include "domain/Expected.h"
#include "store/StoreContext.h"
#include "tradingview/TradingViewClient.h"

#include <QObject>

#include <functional>
#include <memory>

namespace pinedesk {

class JobRunner;

// Lists every catalog script's users on TradingView (all pages) and compares them with the
// intent. Produces a report and changes nothing; queueFixes() turns a report into queued work
// when the vendor asks.
class Reconciler final : public QObject
{
    Q_OBJECT

public:
    struct Fixes
    {
        qint64 batchId = 0;
        int queued = 0;
        int adopted = 0;
    };
    enum class UnknownUsers { Leave, Adopt, Remove };

    Reconciler(StoreContext context, TradingViewClient &client, QObject *parent = nullptr);
    // Waits for a comparison still running on its worker (it reads the database).
    ~Reconciler() override;

    void run(std::function<void(const ReconciliationReport &)> done);
    void cancel() { m_cancelled = true; }

    // Compares one script's grants with the intent (pure apart from reading the intent).
    static Expected<QList<ReconciliationReport::Drift>>
    compare(StoreContext context, qint64 indicatorId, const QString &pineId, const QString &name,
            const QList<TvGrant> &grants);
    static Expected<Fixes> queueFixes(StoreContext context, const ReconciliationReport &report,
                                      UnknownUsers unknown);

Q_SIGNALS:
    void progress(int scriptsDone, int scriptsTotal);

private:
    void next();
    void advance();
    void compared(const Expected<QList<ReconciliationReport::Drift>> &drifts);

    StoreContext m_ctx;
    TradingViewClient &m_client;
    struct Target
    {
        qint64 indicatorId;
        QString pineId;
        QString name;
    };
    QList<Target> m_targets;
    int m_index = 0;
    bool m_cancelled = false;
    ReconciliationReport m_report;
    std::function<void(const ReconciliationReport &)> m_done;
    // Each script's comparison reads the whole intent of its indicator: on a worker, so the
    // console stays responsive while the next script is listed.
    JobRunner *m_compare;
};

} // namespace pinedesk
