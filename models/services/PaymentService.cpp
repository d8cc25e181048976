#include "PaymentService.h"

#include "ChangeFeed.h"
#include "payments/PaymentRule.h"
#include "store/ClientStore.h"
#include "store/PaymentStore.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

void PaymentService::announce(bool accessChanged) const
{
    Changes changes = Change::Payments;
    if (accessChanged)
        changes |= Change::Accesses | Change::Queue;
    m_ctx.announce(changes);
}

Expected<QList<PaymentRow>> PaymentService::payments(const PaymentFilter &filter)
{
    return PaymentStore(m_ctx.store).search(filter);
}

Expected<QStringList> PaymentService::sources()
{
    return PaymentStore(m_ctx.store).sources();
}

Expected<std::optional<Client>> PaymentService::clientByUsername(const QString &username)
{
    return ClientStore(m_ctx.store).findByUsername(username);
}

Expected<qint64> PaymentService::record(const Payment &payment, bool grantAccess)
{
    if (const Status allowed = m_ctx.require(Permission::EditPayments); !allowed)
        return Expected<qint64>::failure(allowed.error());
    using R = Expected<qint64>;
    if (payment.clientId == 0)
        return R::failure(tr("Choose the client who paid."));
    if (payment.amount.minorUnits() <= 0 && payment.status == PaymentStatus::Paid)
        return R::failure(tr("Enter the amount paid."));
    if (!grantAccess || payment.status != PaymentStatus::Paid || !payment.planId) {
        const auto id = PaymentStore(m_ctx.store).add(payment);
        if (id)
            announce(false);
        return id;
    }
    const QString source =
        payment.source.trimmed().isEmpty() ? u"manual"_s : payment.source.trimmed();
    if (!payment.reference.trimmed().isEmpty()) {
        // Recorded by hand twice is a mistake to point out, not a redelivery to absorb.
        const auto known =
            PaymentStore(m_ctx.store).findByRefs(source, {payment.reference.trimmed()});
        if (!known)
            return R::failure(known.error());
        if (*known)
            return R::failure(tr("The payment %1 from %2 is already recorded.")
                                  .arg(payment.reference.trimmed(), source));
    }
    PaymentEvent e;
    e.kind = PaymentEvent::Kind::Paid;
    e.provider = source;
    e.clientId = payment.clientId;
    e.planId = payment.planId;
    e.amount = payment.amount;
    e.paidAt = payment.paidAt;
    e.paymentRef = payment.reference.trimmed();
    e.method = payment.method;
    e.note = payment.note;
    const auto outcome = PaymentRule(m_ctx.store).apply(e);
    if (!outcome)
        return R::failure(outcome.error());
    if (outcome->state != WebhookEventState::Applied || !outcome->paymentId)
        return R::failure(outcome->reason);
    announce(outcome->batchId.has_value());
    return *outcome->paymentId;
}

Status PaymentService::update(const Payment &payment)
{
    if (const Status allowed = m_ctx.require(Permission::EditPayments); !allowed)
        return allowed;
    const Status s = PaymentStore(m_ctx.store).update(payment);
    if (s)
        announce(false);
    return s;
}

Expected<QList<ProductMapStore::Mapping>> PaymentService::productMappings()
{
    return ProductMapStore(m_ctx.store).list();
}

Status PaymentService::mapProduct(const QString &provider, const QString &productId, qint64 planId)
{
    if (const Status allowed = m_ctx.require(Permission::EditCatalog); !allowed)
        return allowed;
    const Status s = ProductMapStore(m_ctx.store).map(provider, productId, planId);
    if (s)
        m_ctx.announce(Change::Catalog);
    return s;
}

Status PaymentService::unmapProduct(const QString &provider, const QString &productId)
{
    if (const Status allowed = m_ctx.require(Permission::EditCatalog); !allowed)
        return allowed;
    const Status s = ProductMapStore(m_ctx.store).unmap(provider, productId);
    if (s)
        m_ctx.announce(Change::Catalog);
    return s;
}

PaymentSettings PaymentService::settings()
{
    return PaymentSettings::load(m_ctx.store);
}

Status PaymentService::saveSettings(const PaymentSettings &settings)
{
    if (const Status allowed = m_ctx.require(Permission::ChangeSettings); !allowed)
        return allowed;
    return settings.save(m_ctx.store);
}

} // namespace pinedesk
