#pragma once

#include "PaymentEvent.h"
#include "PaymentSettings.h"
#include "domain/Client.h"
#include "domain/Expected.h"
#include "store/StoreContext.h"
#include "store/WebhookEventStore.h"

#include <QCoreApplication>

#include <optional>

namespace pinedesk {

struct Payment;
struct Plan;

// The one rule that turns money into access, whoever reports the money (manual entry, an
// import, a webhook, the API). In one transaction it records the payment (or its refund or
// dispute), changes the client's intent through the outbox, and marks the inbox event:
//  - paid, for a plan: access to the plan's indicators runs to the paid period's end plus the
//    grace days when the provider says the period, else the plan's duration is added once;
//  - the same payment reported again changes nothing (its reference is unique);
//  - a full refund or a dispute revokes now, or at the paid period's end (a setting);
//  - a cancellation ends access at the period end; an ended subscription ends it now.
// Nothing is granted to a name PineDesk cannot trust: no username, an unknown product or a
// payment it cannot find leave the event as "needs attention".
class PaymentRule
{
    Q_DECLARE_TR_FUNCTIONS(PaymentRule)

public:
    using Outcome = WebhookEventStore::Outcome;

    explicit PaymentRule(StoreContext context)
        : m_ctx(std::move(context))
    {}

    // Applies the event; when `eventId` is set, marks that inbox event in the same transaction.
    [[nodiscard]] Expected<Outcome> apply(const PaymentEvent &event,
                                          std::optional<qint64> eventId = {});

private:
    using Result = Expected<Outcome>;

    Result paid(const PaymentEvent &e);
    Result failed(const PaymentEvent &e);
    Result refundedOrDisputed(const PaymentEvent &e);
    Result ended(const PaymentEvent &e, bool atPeriodEnd);
    Result linked(const PaymentEvent &e);
    Result paymentIds(const PaymentEvent &e);

    // The client the event is about: the vendor's choice, then the username (a new client if
    // unknown), then the provider's customer, then the e-mail of an existing client.
    Expected<std::optional<Client>> resolveClient(const PaymentEvent &e, QString *problem);
    // The plan the event pays for (nullopt: no product of it is mapped).
    Expected<std::optional<Plan>> resolvePlan(const PaymentEvent &e);
    Expected<QStringList> pineIdsOf(const Plan &plan);
    // Changes the access of the client to the plan's indicators; returns the batch (0: none).
    // `note`: set when the payment preceded its subscription's end and so gives less or nothing.
    Expected<qint64> grantPlan(const Client &client, const Plan &plan, const Payment &payment,
                               QString *note);
    Expected<qint64> endPlan(const Client &client, qint64 planId, const QDateTime &at,
                             const QString &label);
    Status linkCustomer(const PaymentEvent &e, qint64 clientId);

    StoreContext m_ctx;
    PaymentSettings m_settings;
};

} // namespace pinedesk
