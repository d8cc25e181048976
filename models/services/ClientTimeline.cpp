#include "ClientTimeline.h"

#include "csv/CsvWriter.h"
#include "domain/Payment.h"
#include "domain/QueueState.h"
#include "store/AccessHistoryStore.h"
#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "store/PaymentStore.h"
#include "store/PlanStore.h"
#include "store/SyncQueueStore.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QString day(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

QString ClientTimeline::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Access:
        return tr("Access");
    case Kind::Payment:
        return tr("Payment");
    case Kind::Sync:
        return tr("TradingView");
    }
    return {};
}

Expected<QList<ClientTimeline::Entry>> ClientTimeline::entries(qint64 clientId)
{
    using R = Expected<QList<Entry>>;
    const StoreContext &store = m_ctx.store;
    const auto client = ClientStore(store).findById(clientId);
    if (!client)
        return R::failure(client.error());
    if (!*client)
        return QList<Entry>();
    QList<Entry> out;

    const auto history = AccessHistoryStore(store).forClient(clientId);
    if (!history)
        return R::failure(history.error());
    QHash<qint64, QString> indicatorNames;
    IndicatorStore indicators(store);
    PlanStore plans(store);
    QHash<qint64, QString> planNames;
    for (const AccessHistoryStore::Row &r : *history) {
        if (!indicatorNames.contains(r.indicatorId)) {
            const auto found = indicators.findById(r.indicatorId);
            if (!found)
                return R::failure(found.error());
            indicatorNames.insert(r.indicatorId, *found ? (*found)->name : tr("(removed)"));
        }
        QString plan;
        if (r.planId) {
            if (!planNames.contains(*r.planId)) {
                const auto found = plans.findById(*r.planId);
                if (!found)
                    return R::failure(found.error());
                planNames.insert(*r.planId, *found ? (*found)->name : QString());
            }
            plan = planNames.value(*r.planId);
        }
        const QString until = r.termEnd ? day(*r.termEnd) : tr("lifetime");
        const QString name = indicatorNames.value(r.indicatorId);
        Entry e;
        e.at = r.at;
        e.kind = Kind::Access;
        e.who = r.actor;
        using C = AccessHistoryStore::Change;
        switch (r.change) {
        case C::Grant:
            e.what = tr("Granted");
            e.detail = tr("%1 until %2").arg(name, until);
            break;
        case C::Extend:
            e.what = tr("Extended");
            e.detail = tr("%1 to %2").arg(name, until);
            break;
        case C::PlanChange:
            e.what = tr("Plan changed");
            e.detail = tr("%1 to %2").arg(name, until);
            break;
        case C::Shorten:
            e.what = tr("Shortened");
            e.detail = tr("%1 to %2").arg(name, until);
            break;
        case C::Revoke:
            e.what = tr("Revoked");
            e.detail = name;
            break;
        }
        if (!plan.isEmpty())
            e.detail += u" · "_s + tr("plan %1").arg(plan);
        if (r.paymentId)
            e.detail += u" · "_s + tr("from a payment");
        out.append(e);
    }

    const auto payments = PaymentStore(store).listForClient(clientId);
    if (!payments)
        return R::failure(payments.error());
    for (const Payment &p : *payments) {
        Entry e;
        e.at = p.paidAt;
        e.kind = Kind::Payment;
        e.what = PaymentStatusNames::displayName(p.status);
        e.detail = p.amount.toDisplayString(QLocale());
        if (p.refundedMinor > 0)
            e.detail +=
                u" · "_s +
                tr("%1 refunded")
                    .arg(Money(p.refundedMinor, p.amount.currency()).toDisplayString(QLocale()));
        if (!p.reference.isEmpty())
            e.detail += u" · "_s + p.reference;
        e.who = p.source;
        out.append(e);
    }

    if (!(*client)->tvUsername.isEmpty()) {
        const auto rows = SyncQueueStore(store).forUsername((*client)->tvUsername, syncLimit);
        if (!rows)
            return R::failure(rows.error());
        for (const SyncQueueRow &row : *rows) {
            const auto byPine = indicators.findByPineId(row.pineId);
            if (!byPine)
                return R::failure(byPine.error());
            Entry e;
            e.at = row.updatedAt;
            e.kind = Kind::Sync;
            e.who = u"TradingView"_s;
            const QString name = *byPine ? (*byPine)->name : row.pineId;
            switch (row.state) {
            case QueueState::Done:
                e.what = tr("Applied on TradingView");
                break;
            case QueueState::Dead:
                e.what = tr("Refused by TradingView");
                break;
            case QueueState::Cancelled:
                e.what = tr("Change cancelled");
                break;
            case QueueState::Retry:
                e.what = tr("Waiting to retry");
                break;
            case QueueState::Pending:
            case QueueState::InFlight:
                e.what = tr("Waiting for TradingView");
                break;
            }
            e.detail = row.lastError.isEmpty() ? name : tr("%1: %2").arg(name, row.lastError);
            out.append(e);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Entry &a, const Entry &b) { return a.at > b.at; });
    return out;
}

Status ClientTimeline::writeCsv(const QList<Entry> &entries, QIODevice &device)
{
    CsvWriter csv(device);
    csv.writeRow({tr("When (UTC)"), tr("Kind"), tr("What"), tr("Details"), tr("By")});
    for (const Entry &e : entries)
        csv.writeRow({e.at.toUTC().toString(u"yyyy-MM-dd HH:mm"_s), kindName(e.kind), e.what,
                      e.detail, e.who});
    return csv.status();
}

} // namespace pinedesk
