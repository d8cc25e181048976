#include "LemonSqueezyAdapter.h"

#include "Hmac.h"
#include "WebhookJson.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

using J = WebhookJson;

QString ref(const QString &type, const QJsonValue &id)
{
    const QString text = J::id(id);
    return text.isEmpty() ? QString() : type + u'-' + text;
}

} // namespace

Status LemonSqueezyAdapter::verify(const WebhookRequest &request, const Config &config) const
{
    if (!Hmac::matches(request.header("x-signature"), Hmac::Encoding::Hex,
                       QCryptographicHash::Sha256, config.secret, request.body))
        return Status::failure(
            tr("The Lemon Squeezy signature does not match the signing secret."));
    return {};
}

Expected<QString> LemonSqueezyAdapter::eventKey(const WebhookRequest &request) const
{
    const auto o = J::object(request.body);
    if (!o)
        return Expected<QString>::failure(o.error());
    const QString id = J::id(J::at(*o, u"data.id"));
    const QByteArray header = request.header("x-event-name");
    if (!header.isEmpty() && QString::fromLatin1(header) != eventType(request))
        return Expected<QString>::failure(tr("X-Event-Name does not match the signed event name."));
    if (id.isEmpty())
        return Expected<QString>::failure(tr("The Lemon Squeezy event has no data.id."));
    return QStringList{eventType(request), J::at(*o, u"data.type").toString(), id,
                       J::at(*o, u"data.attributes.updated_at").toString()}
        .join(u':');
}

QString LemonSqueezyAdapter::eventType(const WebhookRequest &request) const
{
    // The signed body says what happened; the X-Event-Name header is not signed.
    const auto o = J::object(request.body);
    return o ? J::at(*o, u"meta.event_name").toString() : QString();
}

Expected<PaymentEvent> LemonSqueezyAdapter::parse(const WebhookRequest &request,
                                                  const Config &config) const
{
    const auto root = J::object(request.body);
    if (!root)
        return Expected<PaymentEvent>::failure(root.error());
    const QJsonObject a = J::at(*root, u"data.attributes").toObject();
    const QJsonValue id = J::at(*root, u"data.id");
    PaymentEvent e;
    e.provider = name();
    e.eventType = eventType(request);
    const QString type = e.eventType;
    QList<WebhookJson::Field> fields;
    const QJsonObject custom = J::at(*root, u"meta.custom_data").toObject();
    for (auto it = custom.begin(); it != custom.end(); ++it)
        fields.append({it.key(), {}, J::id(it.value())});
    e.tvUsername = J::username(fields, config.usernameField);
    e.customerRef = J::id(a.value(u"customer_id"_s));
    e.email = a.value(u"user_email"_s).toString();
    e.fullName = a.value(u"user_name"_s).toString();
    const QString currency = a.value(u"currency"_s).toString();
    if (type == u"order_created"_s) {
        if (a.value(u"status"_s).toString() != u"paid"_s) {
            e.ignoredBecause = tr("The order is not paid yet.");
            return e;
        }
        e.kind = PaymentEvent::Kind::Paid;
        e.paymentRef = ref(u"order"_s, id);
        e.productRefs = {J::id(J::at(a, u"first_order_item.variant_id")),
                         J::id(J::at(a, u"first_order_item.product_id"))};
        e.amount = J::minorUnits(a.value(u"total"_s), currency);
        e.paidAt = J::isoTime(a.value(u"created_at"_s));
    } else if (type == u"order_refunded"_s) {
        e.kind = PaymentEvent::Kind::Refunded;
        e.paymentRef = ref(u"order"_s, id);
        e.amount = J::minorUnits(a.value(u"refunded_amount"_s), currency);
        e.refundIsTotal = true;
    } else if (type == u"subscription_payment_success"_s ||
               type == u"subscription_payment_failed"_s ||
               type == u"subscription_payment_refunded"_s) {
        e.paymentRef = ref(u"invoice"_s, id);
        e.subscriptionRef = J::id(a.value(u"subscription_id"_s));
        e.amount = J::minorUnits(a.value(u"total"_s), currency);
        e.paidAt = J::isoTime(a.value(u"created_at"_s));
        if (type == u"subscription_payment_failed"_s) {
            e.kind = PaymentEvent::Kind::Failed;
        } else if (type == u"subscription_payment_refunded"_s) {
            e.kind = PaymentEvent::Kind::Refunded;
            e.amount = J::minorUnits(a.value(u"refunded_amount"_s), currency);
            e.refundIsTotal = true;
        } else if (a.value(u"billing_reason"_s).toString() == u"initial"_s) {
            e.ignoredBecause = tr("The first payment of a subscription: its order gave access.");
        } else {
            e.kind = PaymentEvent::Kind::Paid;
        }
    } else if (type.startsWith(u"subscription_"_s)) {
        e.subscriptionRef = J::id(id);
        e.otherRefs = {ref(u"order"_s, a.value(u"order_id"_s))};
        e.productRefs = {J::id(a.value(u"variant_id"_s)), J::id(a.value(u"product_id"_s))};
        if (type == u"subscription_created"_s) {
            e.kind = PaymentEvent::Kind::Linked;
        } else if (type == u"subscription_cancelled"_s) {
            e.kind = PaymentEvent::Kind::CancelAtPeriodEnd;
            e.periodEnd = J::isoTime(a.value(u"ends_at"_s));
            e.occurredAt = J::isoTime(a.value(u"updated_at"_s));
        } else if (type == u"subscription_expired"_s) {
            e.kind = PaymentEvent::Kind::Ended;
            e.occurredAt = J::isoTime(a.value(u"updated_at"_s));
        } else {
            e.ignoredBecause = tr("The subscription changed; its payments renew the access.");
        }
    } else {
        e.ignoredBecause = tr("PineDesk does not act on Lemon Squeezy's %1 events.").arg(type);
    }
    e.productRefs.removeAll(QString());
    e.otherRefs.removeAll(QString());
    return e;
}

} // namespace pinedesk
