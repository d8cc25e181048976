#pragma once

#include "BusinessFacts.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>

#include <limits>
#include <optional>

namespace pinedesk {

// The vendor's figures, exactly as docs/analytics.md defines them, computed from BusinessFacts
// in UTC. A client is active at an instant when a term covers it; paying when a paid term does.
// A client churns when the access has been over for longer than the grace period (counted when
// that grace runs out); a gap no longer than the grace is a late renewal, not churn. Pure and
// without I/O: a worker runs it.
class BusinessMetrics
{
    Q_DECLARE_TR_FUNCTIONS(BusinessMetrics)

public:
    using PerCurrency = QMap<QString, double>; // minor units

    struct Figures
    {
        QDateTime from, to; // [from, to)
        int activeAtStart = 0;
        int activeAtEnd = 0;
        int payingAtEnd = 0;
        int newClients = 0;
        int churned = 0;
        int reactivated = 0;
        std::optional<double> churnRate;    // churned / (active at start + new)
        std::optional<double> monthlyChurn; // the same per month, averaged over the months
        int renewalsDue = 0;
        int renewed = 0;
        std::optional<double> renewalRate;
        PerCurrency revenue; // net of refunds
        PerCurrency mrr;     // at the end
        QMap<QString, int> payingByCurrency;
        PerCurrency arpu;
        PerCurrency ltv; // only where churn > 0
    };
    struct Movement
    {
        PerCurrency newMrr, reactivation, expansion, contraction, churned;
    };
    struct Month
    {
        QDate month; // the first day
        Figures figures;
        Movement movement;
    };
    struct Cohort
    {
        QDate month;
        int size = 0;
        QList<std::optional<double>> retained; // k = 0, 1, ...: share active at the month's end
    };
    struct Ranked
    {
        QString name;
        qint64 id = 0;
        double value = 0;
        QString currency; // for revenue
    };
    struct AtRisk
    {
        int days = 0;
        int clients = 0;
        PerCurrency revenue;
        QList<qint64> clientIds;
    };

    explicit BusinessMetrics(BusinessFacts facts);
    // It keeps pointers into its own facts: never copied (share it instead).
    BusinessMetrics(const BusinessMetrics &) = delete;
    BusinessMetrics &operator=(const BusinessMetrics &) = delete;

    const BusinessFacts &facts() const { return m_facts; }
    Figures figures(const QDateTime &from, const QDateTime &to) const;
    QList<Month> months(const QDate &first, const QDate &last) const;
    QList<Cohort> cohorts(const QDate &first, const QDate &last) const;
    QList<Ranked> activeByIndicator(const QDateTime &at) const;
    QList<Ranked> newGrantsByIndicator(const QDateTime &from, const QDateTime &to) const;
    QList<Ranked> revenueByPlan(const QDateTime &from, const QDateTime &to) const;
    AtRisk atRisk(int days) const;

    // The clients behind a figure, for the CRM (a click on a bar or a cell).
    QList<qint64> activeAt(const QDateTime &at) const;
    QList<qint64> newIn(const QDateTime &from, const QDateTime &to) const;
    QList<qint64> churnedIn(const QDateTime &from, const QDateTime &to) const;
    QList<qint64> reactivatedIn(const QDateTime &from, const QDateTime &to) const;

    bool isActive(qint64 clientId, const QDateTime &at) const;
    bool isPaying(qint64 clientId, const QDateTime &at) const;
    // The client's MRR at an instant (currency, minor units), nullopt when not paying.
    std::optional<std::pair<QString, double>> mrrOf(qint64 clientId, const QDateTime &at) const;
    static double monthsOf(const Duration &duration);
    // Every currency with revenue or MRR in these months, sorted.
    static QStringList currenciesOf(const QList<Month> &months);
    static QDateTime monthStart(const QDate &day);

private:
    // Instants inside are milliseconds since the epoch (UTC): the figures compare them millions
    // of times, and QDateTime comparisons dominated.
    static constexpr qint64 forever = std::numeric_limits<qint64>::max();
    struct Span
    {
        qint64 start = 0;
        qint64 end = forever; // forever: lifetime
    };
    struct ClientLine
    {
        QList<Span> active; // merged, sorted
        QList<Span> paying;
        QList<qint64> churnAt;      // when each churn was recognised (end + grace)
        QList<qint64> reactivateAt; // starts after a churn
    };
    // A paid period's identity for renewals: the client, the plan (or minus the indicator) and
    // when it ended.
    struct RenewalKey
    {
        qint64 clientId = 0;
        qint64 planOrIndicator = 0;
        qint64 endSecs = 0;
        bool operator==(const RenewalKey &) const = default;
        friend size_t qHash(const RenewalKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.clientId, k.planOrIndicator, k.endSecs);
        }
    };
    static bool covers(const QList<Span> &spans, qint64 at);
    const QList<const BusinessFacts::Term *> &termsOf(qint64 clientId) const;
    static QList<Span> merged(QList<Span> spans);
    Figures figuresWithoutMonths(const QDateTime &from, const QDateTime &to) const;

    BusinessFacts m_facts;
    QHash<qint64, ClientLine> m_lines;
    QHash<qint64, QList<const BusinessFacts::Money *>> m_paymentsByClient;
    QHash<qint64, QList<const BusinessFacts::Term *>> m_termsByClient;
};

} // namespace pinedesk
