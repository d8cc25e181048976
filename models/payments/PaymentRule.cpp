#include "PaymentRule.h"

#include "domain/Expiration.h"
#include "domain/Payment.h"
#include "domain/Plan.h"
#include "domain/UsernameValidator.h"
#include "store/AccessStore.h"
#include "store/ClientStore.h"
#include "store/CustomerLinkStore.h"
#include "store/IndicatorStore.h"
#include "store/PaymentStore.h"
#include "store/PlanStore.h"
#include "store/ProductMapStore.h"
#include "store/SubscriptionEndStore.h"
#include "store/Transaction.h"
#include "sync/AccessChanges.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

using Outcome = WebhookEventStore::Outcome;

Outcome attention(const QString &reason)
{
    return {WebhookEventState::NeedsAttention, reason, {}, {}, {}, {}, {}, {}};
}

Outcome applied(const QString &reason)
{
    return {WebhookEventState::Applied, reason, {}, {}, {}, {}, {}, {}};
}

QStringList refsOf(const PaymentEvent &e)
{
    QStringList refs{e.paymentRef};
    refs += e.otherRefs;
    refs.removeAll(QString());
    return refs;
}

} // namespace

Expected<PaymentRule::Outcome> PaymentRule::apply(const PaymentEvent &event,
                                                  std::optional<qint64> eventId)
{
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Result::failure(tx.error());
    if (eventId) {
        const auto state = WebhookEventStore(m_ctx).stateOf(*eventId);
        if (!state)
            return Result::failure(state.error());
        if (*state != WebhookEventState::Pending) {
            // Another PineDesk on this database applied it first: nothing to do twice.
            return Outcome{state->value_or(WebhookEventState::Refused),
                           tr("Already handled."),
                           {},
                           {},
                           {},
                           {},
                           {},
                           {}};
        }
    }
    m_settings = PaymentSettings::load(m_ctx);
    Result result = Result::failure(QString());
    switch (event.kind) {
    case PaymentEvent::Kind::Paid:
        result = paid(event);
        break;
    case PaymentEvent::Kind::Failed:
        result = failed(event);
        break;
    case PaymentEvent::Kind::Refunded:
    case PaymentEvent::Kind::Disputed:
        result = refundedOrDisputed(event);
        break;
    case PaymentEvent::Kind::CancelAtPeriodEnd:
        result = ended(event, true);
        break;
    case PaymentEvent::Kind::Ended:
        result = ended(event, false);
        break;
    case PaymentEvent::Kind::Linked:
        result = linked(event);
        break;
    case PaymentEvent::Kind::PaymentIds:
        result = paymentIds(event);
        break;
    case PaymentEvent::Kind::Ignored:
        result = Outcome{WebhookEventState::Ignored, event.ignoredBecause, {}, {}, {}, {}, {}, {}};
        break;
    }
    if (!result)
        return result;
    Outcome outcome = *result;
    if (outcome.tvUsername.isEmpty())
        outcome.tvUsername = event.tvUsername.trimmed();
    if (outcome.customerRef.isEmpty())
        outcome.customerRef = event.customerRef;
    if (!outcome.amount && event.amount.minorUnits() > 0)
        outcome.amount = event.amount;
    if (eventId) {
        if (const Status s = WebhookEventStore(m_ctx).finish(*eventId, outcome); !s)
            return Result::failure(s.error());
    }
    if (const Status s = tx.commit(); !s)
        return Result::failure(s.error());
    return outcome;
}

Expected<std::optional<Client>> PaymentRule::resolveClient(const PaymentEvent &e, QString *problem)
{
    using R = Expected<std::optional<Client>>;
    ClientStore clients(m_ctx);
    if (e.clientId)
        return clients.findById(*e.clientId);
    if (!e.tvUsername.trimmed().isEmpty()) {
        const auto name = UsernameValidator::validate(e.tvUsername);
        if (!name) {
            *problem = tr("The TradingView username \"%1\" given at the checkout is not valid: "
                          "%2 Fix it, then apply the event again.")
                           .arg(e.tvUsername.trimmed(), name.error().message());
            return std::optional<Client>();
        }
        auto known = clients.findByUsername(*name);
        if (!known || *known)
            return known;
        Client fresh;
        fresh.tvUsername = *name;
        fresh.email = e.email.trimmed();
        fresh.fullName = e.fullName.trimmed();
        auto id = clients.create(fresh);
        if (!id) {
            // An e-mail the client store refuses must not cost the client its access.
            fresh.email.clear();
            id = clients.create(fresh);
        }
        if (!id)
            return R::failure(id.error());
        return clients.findById(*id);
    }
    if (!e.customerRef.isEmpty()) {
        const auto linked = CustomerLinkStore(m_ctx).clientFor(e.provider, e.customerRef);
        if (!linked)
            return R::failure(linked.error());
        if (*linked)
            return clients.findById(**linked);
    }
    auto byEmail = clients.findUniqueByEmail(e.email);
    if (!byEmail || *byEmail)
        return byEmail;
    *problem = tr("The event carries no TradingView username and its customer is not known "
                  "yet. Enter the username, then apply the event again.");
    return std::optional<Client>();
}

Expected<std::optional<Plan>> PaymentRule::resolvePlan(const PaymentEvent &e)
{
    using R = Expected<std::optional<Plan>>;
    std::optional<qint64> planId = e.planId;
    if (!planId) {
        const auto mapped = ProductMapStore(m_ctx).planFor(e.provider, e.productRefs);
        if (!mapped)
            return R::failure(mapped.error());
        planId = *mapped;
    }
    if (!planId)
        return std::optional<Plan>();
    return PlanStore(m_ctx).findById(*planId);
}

Expected<QStringList> PaymentRule::pineIdsOf(const Plan &plan)
{
    IndicatorStore indicators(m_ctx);
    QStringList pineIds;
    for (qint64 id : plan.indicatorIds) {
        const auto indicator = indicators.findById(id);
        if (!indicator)
            return Expected<QStringList>::failure(indicator.error());
        if (*indicator)
            pineIds.append((*indicator)->pineId);
    }
    return pineIds;
}

Status PaymentRule::linkCustomer(const PaymentEvent &e, qint64 clientId)
{
    if (e.customerRef.isEmpty())
        return {};
    CustomerLinkStore links(m_ctx);
    const auto current = links.clientFor(e.provider, e.customerRef);
    if (!current)
        return Status::failure(current.error());
    if (*current == clientId)
        return {};
    if (const Status s = links.link(e.provider, e.customerRef, clientId); !s)
        return s;
    // Events of this customer that waited for a username can now be applied.
    const auto reopened = WebhookEventStore(m_ctx).reopenForCustomer(e.provider, e.customerRef);
    return reopened ? Status() : Status::failure(reopened.error());
}

Expected<qint64> PaymentRule::grantPlan(const Client &client, const Plan &plan,
                                        const Payment &payment, QString *note)
{
    // Delivered after the subscription's end that it precedes: an ended subscription gives
    // nothing more, a cancelled one runs no further than the cancellation said.
    const auto end = SubscriptionEndStore(m_ctx).find(payment.source, payment.subscriptionRef);
    if (!end)
        return Expected<qint64>::failure(end.error());
    std::optional<QDate> cap;
    if (*end && payment.paidAt <= (*end)->endedAt) {
        const QString day = (*end)->endedAt.toUTC().date().toString(Qt::ISODate);
        if ((*end)->kind == SubscriptionEndStore::Kind::Ended || !(*end)->accessUntil.isValid() ||
            !payment.periodEnd.isValid()) {
            *note = tr("Payment recorded; the subscription had already ended on %1, so access "
                       "is unchanged.")
                        .arg(day);
            return qint64(0);
        }
        cap = (*end)->accessUntil.toUTC().date();
        *note = tr("Payment recorded; the subscription was cancelled on %1, so access runs to "
                   "%2 at the latest.")
                    .arg(day, cap->toString(Qt::ISODate));
    }
    const auto pineIds = pineIdsOf(plan);
    if (!pineIds)
        return Expected<qint64>::failure(pineIds.error());
    if (pineIds->isEmpty())
        return qint64(0);
    AccessChanges::Request r;
    r.usernames = {client.tvUsername};
    r.pineIds = *pineIds;
    r.planId = plan.id;
    r.origin = AccessOrigin::Plan;
    if (payment.id > 0)
        r.paymentId = payment.id;
    r.label = tr("Payment %1 (%2)")
                  .arg(payment.reference.isEmpty() ? plan.name : payment.reference, payment.source);
    if (payment.periodEnd.isValid()) {
        QDate until = payment.periodEnd.toUTC().date().addDays(m_settings.graceDays);
        if (cap && *cap < until)
            until = *cap;
        if (until < m_ctx.clock.nowUtc().date())
            return qint64(0); // a period long over (a very late redelivery) gives nothing now
        r.mode = AccessChanges::Mode::Grant;
        r.until = until;
        r.keepLonger = true;
    } else {
        r.mode = AccessChanges::Mode::Extend;
        r.duration = plan.duration;
    }
    const auto summary = AccessChanges(m_ctx).apply(r);
    if (!summary)
        return Expected<qint64>::failure(summary.error());
    return summary->batchId;
}

Expected<qint64> PaymentRule::endPlan(const Client &client, qint64 planId, const QDateTime &at,
                                      const QString &label)
{
    const auto plan = PlanStore(m_ctx).findById(planId);
    if (!plan)
        return Expected<qint64>::failure(plan.error());
    if (!*plan || client.tvUsername.isEmpty())
        return qint64(0);
    const auto accesses = AccessStore(m_ctx).listForClient(client.id);
    if (!accesses)
        return Expected<qint64>::failure(accesses.error());
    const QDateTime now = m_ctx.clock.nowUtc();
    QList<qint64> running;
    const bool later = at.isValid() && at > now;
    const QDateTime cut = later ? Expiration::endOfDay(at.toUTC().date()).until() : now;
    for (const Access &a : *accesses) {
        // Only what this plan gave, and only ever shorter: a manual grant, a lifetime purchase
        // or another plan on the same script keeps its own end.
        if (a.intent != IntendedState::Granted || a.expiration.isPastAt(now) ||
            a.planId != planId || !(*plan)->indicatorIds.contains(a.indicatorId))
            continue;
        if (later && !a.expiration.isLifetime() && a.expiration.until() <= cut)
            continue;
        running.append(a.indicatorId);
    }
    if (running.isEmpty())
        return qint64(0);
    Plan only = **plan;
    only.indicatorIds = running;
    const auto pineIds = pineIdsOf(only);
    if (!pineIds)
        return Expected<qint64>::failure(pineIds.error());
    AccessChanges::Request r;
    r.usernames = {client.tvUsername};
    r.pineIds = *pineIds;
    r.label = label;
    if (later) {
        r.mode = AccessChanges::Mode::Extend;
        r.until = at.toUTC().date();
    } else {
        r.mode = AccessChanges::Mode::Revoke;
    }
    const auto summary = AccessChanges(m_ctx).apply(r);
    if (!summary)
        return Expected<qint64>::failure(summary.error());
    return summary->batchId;
}

PaymentRule::Result PaymentRule::paid(const PaymentEvent &e)
{
    QString problem;
    const auto client = resolveClient(e, &problem);
    if (!client)
        return Result::failure(client.error());
    if (!*client)
        return attention(problem);
    const auto plan = resolvePlan(e);
    if (!plan)
        return Result::failure(plan.error());
    if (!*plan && !e.productRefs.isEmpty()) {
        return attention(tr("No plan sells the %1 product %2. Map it to a plan (Settings, or "
                            "'pinedesk products map'), then apply the event again.")
                             .arg(e.provider, e.productRefs.join(u", "_s)));
    }
    if (*plan && (*client)->tvUsername.isEmpty()) {
        return attention(tr("%1 has no TradingView username. Enter it, then apply the event "
                            "again.")
                             .arg((*client)->email));
    }
    PaymentStore payments(m_ctx);
    const QStringList refs = refsOf(e);
    const auto existing = payments.findByRefs(e.provider, refs);
    if (!existing)
        return Result::failure(existing.error());
    if (*existing && (*existing)->status != PaymentStatus::Failed) {
        Outcome same = applied(tr("This payment is already recorded; nothing changed."));
        same.clientId = (*existing)->clientId;
        same.paymentId = (*existing)->id;
        return same;
    }
    if (*existing) {
        // A charge that failed and then went through (a retried invoice): now it is paid.
        Payment retried = **existing;
        retried.status = PaymentStatus::Paid;
        retried.amount = e.amount;
        retried.paidAt = e.paidAt.isValid() ? e.paidAt : m_ctx.clock.nowUtc();
        retried.periodEnd = e.periodEnd;
        if (*plan)
            retried.planId = (*plan)->id;
        if (const Status s = payments.update(retried); !s)
            return Result::failure(s.error());
        Outcome out = applied(tr("The failed payment went through; access to %1 queued.")
                                  .arg(*plan ? (*plan)->name : QString()));
        out.clientId = retried.clientId;
        out.paymentId = retried.id;
        if (*plan) {
            QString note;
            const auto batch = grantPlan(**client, **plan, retried, &note);
            if (!batch)
                return Result::failure(batch.error());
            if (!note.isEmpty())
                out.reason = note;
            if (*batch > 0)
                out.batchId = *batch;
        }
        return out;
    }
    Payment p;
    p.clientId = (*client)->id;
    p.amount = e.amount;
    p.paidAt = e.paidAt.isValid() ? e.paidAt : m_ctx.clock.nowUtc();
    p.reference = e.paymentRef;
    p.source = e.provider;
    p.planId = *plan ? std::optional<qint64>((*plan)->id) : std::nullopt;
    p.method = e.method;
    p.note = e.note;
    p.periodEnd = e.periodEnd;
    p.productRef = e.productRefs.value(0);
    p.subscriptionRef = e.subscriptionRef;
    const auto id = payments.add(p);
    if (!id)
        return Result::failure(id.error());
    p.id = *id;
    QStringList others = refs;
    others.removeAll(e.paymentRef);
    if (const Status s = payments.addRefs(*id, e.provider, others); !s)
        return Result::failure(s.error());
    if (const Status s = linkCustomer(e, (*client)->id); !s)
        return Result::failure(s.error());
    Outcome out = applied(*plan ? tr("Payment recorded; access to %1 queued.").arg((*plan)->name)
                                : tr("Payment recorded; no plan, so access is unchanged."));
    out.clientId = (*client)->id;
    out.paymentId = *id;
    out.tvUsername = (*client)->tvUsername;
    if (*plan) {
        QString note;
        const auto batch = grantPlan(**client, **plan, p, &note);
        if (!batch)
            return Result::failure(batch.error());
        if (!note.isEmpty())
            out.reason = note;
        if (*batch > 0)
            out.batchId = *batch;
    }
    return out;
}

PaymentRule::Result PaymentRule::failed(const PaymentEvent &e)
{
    QString problem;
    const auto client = resolveClient(e, &problem);
    if (!client)
        return Result::failure(client.error());
    if (!*client) {
        return Outcome{WebhookEventState::Ignored,
                       tr("A failed payment of a customer PineDesk does not know."),
                       {},
                       {},
                       {},
                       {},
                       {},
                       {}};
    }
    Outcome out = applied(tr("The payment failed; access is unchanged."));
    out.clientId = (*client)->id;
    PaymentStore payments(m_ctx);
    const auto existing = payments.findByRefs(e.provider, refsOf(e));
    if (!existing)
        return Result::failure(existing.error());
    if (*existing) {
        out.paymentId = (*existing)->id;
        return out;
    }
    const auto plan = resolvePlan(e);
    if (!plan)
        return Result::failure(plan.error());
    Payment p;
    p.clientId = (*client)->id;
    p.amount = e.amount;
    p.paidAt = e.paidAt.isValid() ? e.paidAt : m_ctx.clock.nowUtc();
    p.reference = e.paymentRef;
    p.source = e.provider;
    p.planId = *plan ? std::optional<qint64>((*plan)->id) : std::nullopt;
    p.status = PaymentStatus::Failed;
    p.productRef = e.productRefs.value(0);
    p.subscriptionRef = e.subscriptionRef;
    const auto id = payments.add(p);
    if (!id)
        return Result::failure(id.error());
    out.paymentId = *id;
    return out;
}

PaymentRule::Result PaymentRule::refundedOrDisputed(const PaymentEvent &e)
{
    PaymentStore payments(m_ctx);
    const auto found = payments.findByRefs(e.provider, refsOf(e));
    if (!found)
        return Result::failure(found.error());
    if (!*found) {
        return attention(tr("No recorded payment matches %1 %2. Record the payment first, then "
                            "apply this event again.")
                             .arg(e.provider, refsOf(e).join(u", "_s)));
    }
    const Payment &p = **found;
    const qint64 total = p.amount.minorUnits();
    qint64 refunded = p.refundedMinor;
    PaymentStatus status = PaymentStatus::Disputed;
    if (e.kind == PaymentEvent::Kind::Refunded) {
        refunded = e.refundIsTotal ? e.amount.minorUnits() : refunded + e.amount.minorUnits();
        refunded = std::clamp<qint64>(refunded, 0, total);
        status = refunded >= total ? PaymentStatus::Refunded : PaymentStatus::PartiallyRefunded;
    }
    Outcome out = applied({});
    out.clientId = p.clientId;
    out.paymentId = p.id;
    if (status == p.status && refunded == p.refundedMinor) {
        out.reason = tr("Already recorded; nothing changed.");
        return out;
    }
    if (const Status s = payments.setStatus(p.id, status, refunded); !s)
        return Result::failure(s.error());
    if (status == PaymentStatus::PartiallyRefunded || !p.planId) {
        out.reason = tr("%1; access is unchanged.").arg(PaymentStatusNames::displayName(status));
        return out;
    }
    // A later payment of the same subscription pays for the access now: it stays.
    const auto latest = payments.latestForSubscription(p.source, p.subscriptionRef);
    if (!latest)
        return Result::failure(latest.error());
    if (*latest && (*latest)->id != p.id && (*latest)->status == PaymentStatus::Paid) {
        out.reason = tr("%1; a later payment covers the access, so it is unchanged.")
                         .arg(PaymentStatusNames::displayName(status));
        return out;
    }
    const auto client = ClientStore(m_ctx).findById(p.clientId);
    if (!client)
        return Result::failure(client.error());
    if (!*client)
        return out;
    const bool atEnd = m_settings.refundAction == PaymentSettings::RefundAction::AtPeriodEnd &&
                       p.periodEnd.isValid();
    const QDateTime at = atEnd ? p.periodEnd : QDateTime();
    const auto batch =
        endPlan(**client, *p.planId, at,
                tr("%1 %2").arg(PaymentStatusNames::displayName(status), p.reference));
    if (!batch)
        return Result::failure(batch.error());
    if (*batch > 0)
        out.batchId = *batch;
    out.reason = at.isValid() && at > m_ctx.clock.nowUtc()
                     ? tr("%1; access ends with the paid period.")
                           .arg(PaymentStatusNames::displayName(status))
                     : tr("%1; access revoked.").arg(PaymentStatusNames::displayName(status));
    out.tvUsername = (*client)->tvUsername;
    return out;
}

PaymentRule::Result PaymentRule::ended(const PaymentEvent &e, bool atPeriodEnd)
{
    PaymentStore payments(m_ctx);
    auto last = payments.latestForSubscription(e.provider, e.subscriptionRef);
    if (!last)
        return Result::failure(last.error());
    if (!*last) {
        last = payments.findByRefs(e.provider, refsOf(e));
        if (!last)
            return Result::failure(last.error());
    }
    std::optional<Client> client;
    if (*last) {
        auto byId = ClientStore(m_ctx).findById((*last)->clientId);
        if (!byId)
            return Result::failure(byId.error());
        client = *byId;
    } else {
        QString problem;
        auto resolved = resolveClient(e, &problem);
        if (!resolved)
            return Result::failure(resolved.error());
        client = *resolved;
    }
    qint64 planId = *last ? (*last)->planId.value_or(0) : 0; // 0: not known yet
    if (planId == 0) {
        const auto plan = resolvePlan(e);
        if (!plan)
            return Result::failure(plan.error());
        if (*plan)
            planId = (*plan)->id;
    }
    if (!client || planId == 0) {
        return attention(
            tr("PineDesk knows no client or plan for this %1 subscription (%2): "
               "nothing was changed.")
                .arg(e.provider, e.subscriptionRef.isEmpty() ? e.customerRef : e.subscriptionRef));
    }
    Outcome out = applied({});
    out.clientId = client->id;
    out.tvUsername = client->tvUsername;
    if (atPeriodEnd && !e.periodEnd.isValid()) {
        out.reason = tr("Cancelled; access ends when the paid time does.");
        return out;
    }
    QDateTime at = atPeriodEnd ? e.periodEnd : QDateTime();
    // A cancellation delivered late (after a renewal) ends with the latest paid period.
    if (atPeriodEnd && *last && (*last)->status == PaymentStatus::Paid &&
        (*last)->periodEnd.isValid() && (*last)->periodEnd > at)
        at = (*last)->periodEnd;
    SubscriptionEndStore::End end;
    end.kind =
        atPeriodEnd ? SubscriptionEndStore::Kind::Cancelled : SubscriptionEndStore::Kind::Ended;
    end.endedAt = e.occurredAt.isValid() ? e.occurredAt : m_ctx.clock.nowUtc();
    end.accessUntil = at;
    if (const Status s = SubscriptionEndStore(m_ctx).record(e.provider, e.subscriptionRef, end); !s)
        return Result::failure(s.error());
    const auto batch =
        endPlan(*client, planId, at, atPeriodEnd ? tr("Cancelled at period end") : tr("Ended"));
    if (!batch)
        return Result::failure(batch.error());
    if (*batch > 0)
        out.batchId = *batch;
    out.reason =
        atPeriodEnd
            ? tr("Cancelled; access ends on %1.").arg(at.toUTC().date().toString(Qt::ISODate))
            : tr("Ended; access revoked.");
    return out;
}

PaymentRule::Result PaymentRule::linked(const PaymentEvent &e)
{
    QString problem;
    const auto client = resolveClient(e, &problem);
    if (!client)
        return Result::failure(client.error());
    if (!*client)
        return attention(problem);
    if (const Status s = linkCustomer(e, (*client)->id); !s)
        return Result::failure(s.error());
    Outcome out = applied(tr("The customer is %1; the subscription's payments apply to them.")
                              .arg((*client)->tvUsername));
    out.clientId = (*client)->id;
    out.tvUsername = (*client)->tvUsername;
    return out;
}

// Remembered whether or not the payment is recorded yet: providers do not keep order, and a
// refund that names only the other id still finds the payment.
PaymentRule::Result PaymentRule::paymentIds(const PaymentEvent &e)
{
    QStringList aliases = e.otherRefs;
    aliases.removeAll(QString());
    if (e.paymentRef.isEmpty() || aliases.isEmpty())
        return Outcome{WebhookEventState::Ignored,
                       tr("The event names no other id of a payment."),
                       {},
                       {},
                       {},
                       {},
                       {},
                       {}};
    if (const Status s = PaymentStore(m_ctx).addAliases(e.provider, e.paymentRef, aliases); !s)
        return Result::failure(s.error());
    return applied(
        tr("The payment %1 is also known as %2.").arg(e.paymentRef, aliases.join(u", "_s)));
}

} // namespace pinedesk
