#include "PaymentAlert.h"

#include "Alerts.h"
#include "store/ClientStore.h"
#include "store/PaymentStore.h"
#include "store/PlanStore.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

Expected<bool> PaymentAlert::raise(qint64 paymentId)
{
    using R = Expected<bool>;
    const auto payment = PaymentStore(m_ctx).findById(paymentId);
    if (!payment)
        return R::failure(payment.error());
    if (!*payment)
        return false;
    const Payment &p = **payment;
    Notification n;
    if (p.status == PaymentStatus::Paid)
        n.kind = Notification::Kind::Sale;
    else if (p.status == PaymentStatus::Failed)
        n.kind = Notification::Kind::PaymentFailed;
    else
        return false; // refunded or disputed since: no longer news
    const auto client = ClientStore(m_ctx).findById(p.clientId);
    if (!client)
        return R::failure(client.error());
    QString who;
    if (*client) {
        const Client &c = **client;
        who = !c.fullName.isEmpty() ? c.fullName : !c.tvUsername.isEmpty() ? c.tvUsername : c.email;
        if (!c.fullName.isEmpty() && !c.tvUsername.isEmpty())
            who += u" (%1)"_s.arg(c.tvUsername);
    }
    QString plan;
    if (p.planId) {
        const auto found = PlanStore(m_ctx).findById(*p.planId);
        if (!found)
            return R::failure(found.error());
        if (*found)
            plan = (*found)->name;
    }
    n.dedupKey = Notification::toText(n.kind) + u':' + QString::number(p.id);
    n.args = {{u"client"_s, who},
              {u"plan"_s, plan},
              {u"provider"_s, p.source},
              {u"minor"_s, double(p.amount.minorUnits())},
              {u"currency"_s, p.amount.currency()}};
    n.target = u"payments"_s;
    return Alerts(m_ctx).raise(n);
}

} // namespace pinedesk
