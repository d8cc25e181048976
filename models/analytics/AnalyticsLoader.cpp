#include "AnalyticsLoader.h"

#include "HistoryFold.h"
#include "store/DbTime.h"
#include "store/SettingsStore.h"
#include "store/SqlDialect.h"
#include "store/Statement.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

Expected<BusinessFacts> AnalyticsLoader::load(const std::atomic<bool> *cancel)
{
    using R = Expected<BusinessFacts>;
    const auto cancelled = [cancel] {
        return cancel && cancel->load();
    };
    BusinessFacts facts;
    facts.now = m_ctx.clock.nowUtc();
    bool ok = false;
    const int grace =
        SettingsStore(m_ctx).value(graceKey, QString::number(defaultGraceDays)).toInt(&ok);
    facts.graceDays = ok && grace >= 0 ? grace : defaultGraceDays;

    HistoryFold fold;
    if (const Status s =
            AccessHistoryStore(m_ctx).forEachTerm([&](const AccessHistoryStore::Row &r) {
                fold.add(r);
                return !cancelled();
            });
        !s)
        return R::failure(s.error());
    if (cancelled())
        return R::failure(QCoreApplication::translate("AnalyticsLoader", "Cancelled."));
    facts.terms = fold.takeTerms();

    // "+paid_at": one pass over the table and a sort, not a walk of the paid_at index with a
    // lookup per row (three times slower on a whole history).
    const QSqlDatabase db = m_ctx.database.connection();
    Statement payments(db, u"SELECT client_id, plan_id, currency, amount_minor - refunded_minor, "
                           "paid_at FROM payments WHERE status IN ('paid', 'partially_refunded', "
                           "'refunded') ORDER BY "_s +
                               SqlDialect::of(db).unindexed(u"paid_at"_s) + u", id"_s);
    const auto money = payments.readAll([](const Statement &row) {
        BusinessFacts::Money m;
        m.clientId = row.value(0).toLongLong();
        if (!row.value(1).isNull())
            m.planId = row.value(1).toLongLong();
        m.currency = row.value(2).toString();
        m.netMinor = row.value(3).toLongLong();
        m.paidAt = DbTime::fromDb(row.value(4));
        return m;
    });
    if (!money)
        return R::failure(money.error());
    facts.payments = *money;

    Statement plans(m_ctx.database.connection(),
                    u"SELECT id, name, duration, price_minor, currency FROM plans"_s);
    const auto planRows = plans.readAll([](const Statement &row) {
        BusinessFacts::Plan p;
        p.name = row.value(1).toString();
        const auto duration = Duration::parse(row.value(2).toString());
        p.duration = duration ? *duration : Duration::months(1);
        p.priceMinor = row.value(3).toLongLong();
        p.currency = row.value(4).toString();
        return std::pair{row.value(0).toLongLong(), p};
    });
    if (!planRows)
        return R::failure(planRows.error());
    for (const auto &[id, plan] : *planRows)
        facts.plans.insert(id, plan);

    Statement indicators(m_ctx.database.connection(), u"SELECT id, name FROM indicators"_s);
    const auto names = indicators.readAll([](const Statement &row) {
        return std::pair{row.value(0).toLongLong(), row.value(1).toString()};
    });
    if (!names)
        return R::failure(names.error());
    for (const auto &[id, name] : *names)
        facts.indicators.insert(id, name);
    return facts;
}

} // namespace pinedesk
