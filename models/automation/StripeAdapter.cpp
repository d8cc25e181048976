#include "StripeAdapter.h"

#include "Hmac.h"
#include "WebhookJson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

using J = WebhookJson;

QString str(const QJsonObject &o, QStringView path)
{
    return J::id(J::at(o, path));
}

QList<WebhookJson::Field> customFields(const QJsonObject &session)
{
    QList<WebhookJson::Field> fields;
    for (const QJsonValue v : session.value(u"custom_fields"_s).toArray()) {
        const QJsonObject f = v.toObject();
        fields.append(
            {f.value(u"key"_s).toString(), str(f, u"label.custom"),
             str(f, u"text.value").isEmpty() ? str(f, u"dropdown.value") : str(f, u"text.value")});
    }
    return fields;
}

void readInvoice(const QJsonObject &inv, PaymentEvent &e)
{
    e.paymentRef = inv.value(u"id"_s).toString();
    e.otherRefs = {str(inv, u"payment_intent"), str(inv, u"charge")};
    // API versions from 2025-03-31 list the invoice's payments (when included) instead.
    for (const QJsonValue v : J::at(inv, u"payments.data").toArray())
        e.otherRefs +=
            {str(v.toObject(), u"payment.payment_intent"), str(v.toObject(), u"payment.charge")};
    e.otherRefs.removeAll(QString());
    e.customerRef = str(inv, u"customer");
    e.subscriptionRef = str(inv, u"subscription");
    if (e.subscriptionRef.isEmpty()) // newer API versions: under the invoice's parent
        e.subscriptionRef = str(inv, u"parent.subscription_details.subscription");
    e.email = str(inv, u"customer_email");
    e.fullName = str(inv, u"customer_name");
    e.paidAt = J::unixTime(J::at(inv, u"status_transitions.paid_at"));
    for (const QJsonValue v : J::at(inv, u"lines.data").toArray()) {
        const QJsonObject line = v.toObject();
        for (const QString &ref :
             {str(line, u"price.id"), str(line, u"pricing.price_details.price"),
              str(line, u"price.product"), str(line, u"pricing.price_details.product")}) {
            if (!ref.isEmpty() && !e.productRefs.contains(ref))
                e.productRefs.append(ref);
        }
        const QDateTime end = J::unixTime(J::at(line, u"period.end"));
        if (end.isValid() && (!e.periodEnd.isValid() || end > e.periodEnd))
            e.periodEnd = end;
    }
}

} // namespace

Status StripeAdapter::verify(const WebhookRequest &request, const Config &config) const
{
    const QByteArray header = request.header("stripe-signature");
    if (header.isEmpty())
        return Status::failure(tr("The Stripe-Signature header is missing."));
    QByteArray timestamp;
    QByteArrayList signatures;
    for (const QByteArray &part : header.split(',')) {
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray name = part.left(eq).trimmed();
        if (name == "t")
            timestamp = part.mid(eq + 1).trimmed();
        else if (name == "v1")
            signatures.append(QByteArray::fromHex(part.mid(eq + 1).trimmed()));
    }
    bool ok = false;
    const qint64 t = timestamp.toLongLong(&ok);
    if (!ok || signatures.isEmpty())
        return Status::failure(tr("The Stripe-Signature header has no timestamp or signature."));
    const qint64 age = request.receivedAt.toSecsSinceEpoch() - t;
    if (qAbs(age) > config.toleranceSeconds)
        return Status::failure(tr("The event was signed %1 s away from now; more than %2 s is "
                                  "refused as a replay.")
                                   .arg(age)
                                   .arg(config.toleranceSeconds));
    const QByteArray expected = Hmac::sign(QCryptographicHash::Sha256, config.secret,
                                           QByteArray(timestamp + '.' + request.body));
    bool match = false;
    for (const QByteArray &candidate : signatures)
        match = Hmac::equal(candidate, expected) || match; // every candidate is compared
    if (!match)
        return Status::failure(tr("The Stripe signature does not match the signing secret."));
    return {};
}

Expected<QString> StripeAdapter::eventKey(const WebhookRequest &request) const
{
    const auto o = J::object(request.body);
    if (!o)
        return Expected<QString>::failure(o.error());
    const QString id = o->value(u"id"_s).toString();
    if (!id.startsWith(u"evt_"_s))
        return Expected<QString>::failure(tr("The Stripe event has no evt_ id."));
    return id;
}

QString StripeAdapter::eventType(const WebhookRequest &request) const
{
    const auto o = J::object(request.body);
    return o ? o->value(u"type"_s).toString() : QString();
}

Expected<PaymentEvent> StripeAdapter::parse(const WebhookRequest &request,
                                            const Config &config) const
{
    const auto root = J::object(request.body);
    if (!root)
        return Expected<PaymentEvent>::failure(root.error());
    const QJsonObject obj = J::at(*root, u"data.object").toObject();
    PaymentEvent e;
    e.provider = name();
    e.eventType = root->value(u"type"_s).toString();
    const QString type = e.eventType;
    const QString currency = obj.value(u"currency"_s).toString();
    if (type == u"checkout.session.completed"_s) {
        e.tvUsername = J::username(customFields(obj), config.usernameField);
        e.customerRef = str(obj, u"customer");
        e.subscriptionRef = str(obj, u"subscription");
        e.email = str(obj, u"customer_details.email");
        e.fullName = str(obj, u"customer_details.name");
        if (obj.value(u"mode"_s).toString() != u"payment"_s) {
            // A subscription's money arrives with its invoices; the checkout says who it is.
            e.kind = PaymentEvent::Kind::Linked;
            return e;
        }
        if (obj.value(u"payment_status"_s).toString() != u"paid"_s) {
            e.ignoredBecause = tr("The checkout is not paid yet.");
            return e;
        }
        e.kind = PaymentEvent::Kind::Paid;
        e.paymentRef = str(obj, u"id");
        e.otherRefs = {str(obj, u"payment_intent")};
        e.productRefs = {str(obj, u"payment_link"), str(obj, u"metadata.product_id"),
                         str(obj, u"metadata.price_id")};
        e.productRefs.removeAll(QString());
        e.amount = J::minorUnits(obj.value(u"amount_total"_s), currency);
        e.paidAt = J::unixTime(obj.value(u"created"_s));
        e.method = u"card"_s;
    } else if (type == u"invoice.paid"_s || type == u"invoice.payment_failed"_s) {
        readInvoice(obj, e);
        const bool paid = type == u"invoice.paid"_s;
        e.kind = paid ? PaymentEvent::Kind::Paid : PaymentEvent::Kind::Failed;
        e.amount = J::minorUnits(obj.value(paid ? u"amount_paid"_s : u"amount_due"_s), currency);
        if (!paid)
            e.periodEnd = {};
        e.method = u"card"_s;
    } else if (type == u"customer.subscription.updated"_s ||
               type == u"customer.subscription.deleted"_s) {
        e.subscriptionRef = str(obj, u"id");
        e.customerRef = str(obj, u"customer");
        for (const QJsonValue v : J::at(obj, u"items.data").toArray())
            e.productRefs += {str(v.toObject(), u"price.id"), str(v.toObject(), u"price.product")};
        e.productRefs.removeAll(QString());
        QDateTime end = J::unixTime(obj.value(u"current_period_end"_s));
        if (!end.isValid()) // newer API versions keep it on the items
            end = J::unixTime(
                J::at(obj.value(u"items"_s).toObject().value(u"data"_s).toArray().at(0).toObject(),
                      u"current_period_end"));
        if (type == u"customer.subscription.deleted"_s) {
            e.kind = PaymentEvent::Kind::Ended;
            e.occurredAt = J::unixTime(root->value(u"created"_s));
        } else if (obj.value(u"cancel_at_period_end"_s).toBool()) {
            e.kind = PaymentEvent::Kind::CancelAtPeriodEnd;
            e.occurredAt = J::unixTime(root->value(u"created"_s));
            e.periodEnd = end;
        } else {
            e.ignoredBecause = tr("The subscription changed in a way that needs no access "
                                  "change; its invoices renew the access.");
        }
    } else if (type == u"invoice_payment.paid"_s) {
        // Newer API versions: which payment intent or charge paid an invoice, for refunds.
        e.kind = PaymentEvent::Kind::PaymentIds;
        e.paymentRef = str(obj, u"invoice");
        e.otherRefs = {str(obj, u"payment.payment_intent"), str(obj, u"payment.charge")};
    } else if (type == u"charge.refunded"_s) {
        e.kind = PaymentEvent::Kind::Refunded;
        e.paymentRef = str(obj, u"id");
        e.otherRefs = {str(obj, u"payment_intent"), str(obj, u"invoice")};
        e.customerRef = str(obj, u"customer");
        e.amount = J::minorUnits(obj.value(u"amount_refunded"_s), currency);
        e.refundIsTotal = true;
    } else if (type == u"charge.dispute.created"_s) {
        e.kind = PaymentEvent::Kind::Disputed;
        e.paymentRef = str(obj, u"charge");
        e.otherRefs = {str(obj, u"payment_intent")};
        e.amount = J::minorUnits(obj.value(u"amount"_s), currency);
    } else {
        e.ignoredBecause = tr("PineDesk does not act on Stripe's %1 events.").arg(type);
    }
    e.otherRefs.removeAll(QString());
    return e;
}

} // namespace pinedesk
