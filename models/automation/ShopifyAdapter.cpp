#include "ShopifyAdapter.h"

#include "Hmac.h"
#include "WebhookJson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

using J = WebhookJson;

void addAttributes(const QJsonArray &attributes, QList<WebhookJson::Field> &fields)
{
    for (const QJsonValue v : attributes) {
        const QJsonObject a = v.toObject();
        fields.append({a.value(u"name"_s).toString(), {}, J::id(a.value(u"value"_s))});
    }
}

} // namespace

Status ShopifyAdapter::verify(const WebhookRequest &request, const Config &config) const
{
    if (!Hmac::matches(request.header("x-shopify-hmac-sha256"), Hmac::Encoding::Base64,
                       QCryptographicHash::Sha256, config.secret, request.body))
        return Status::failure(tr("The Shopify signature does not match the app's secret."));
    return {};
}

Expected<QString> ShopifyAdapter::eventKey(const WebhookRequest &request) const
{
    QByteArray id = request.header("x-shopify-event-id");
    if (id.isEmpty())
        id = request.header("x-shopify-webhook-id");
    if (id.isEmpty())
        return Expected<QString>::failure(tr("The Shopify delivery has no X-Shopify-Event-Id."));
    return QString::fromLatin1(id);
}

QString ShopifyAdapter::eventType(const WebhookRequest &request) const
{
    return QString::fromLatin1(request.header("x-shopify-topic"));
}

Expected<PaymentEvent> ShopifyAdapter::parse(const WebhookRequest &request,
                                             const Config &config) const
{
    const auto root = J::object(request.body);
    if (!root)
        return Expected<PaymentEvent>::failure(root.error());
    const QJsonObject &o = *root;
    PaymentEvent e;
    e.provider = name();
    e.eventType = eventType(request);
    const QString topic = e.eventType;
    if (topic == u"refunds/create"_s) {
        e.kind = PaymentEvent::Kind::Refunded;
        e.paymentRef = J::id(o.value(u"order_id"_s));
        qint64 minor = 0;
        QString currency;
        for (const QJsonValue v : o.value(u"transactions"_s).toArray()) {
            const QJsonObject t = v.toObject();
            if (t.value(u"kind"_s).toString() != u"refund"_s ||
                t.value(u"status"_s).toString() != u"success"_s)
                continue;
            currency = t.value(u"currency"_s).toString();
            minor += J::decimal(t.value(u"amount"_s), currency).minorUnits();
        }
        e.amount = Money(minor, currency.toUpper());
        return e;
    }
    if (topic != u"orders/paid"_s && topic != u"orders/cancelled"_s) {
        e.ignoredBecause = tr("PineDesk does not act on Shopify's %1 topic.").arg(topic);
        return e;
    }
    QList<WebhookJson::Field> fields;
    addAttributes(o.value(u"note_attributes"_s).toArray(), fields);
    for (const QJsonValue item : o.value(u"line_items"_s).toArray()) {
        const QJsonObject line = item.toObject();
        addAttributes(line.value(u"properties"_s).toArray(), fields);
        e.productRefs += {J::id(line.value(u"variant_id"_s)), J::id(line.value(u"product_id"_s))};
    }
    e.productRefs.removeAll(QString());
    e.tvUsername = J::username(fields, config.usernameField);
    e.paymentRef = J::id(o.value(u"id"_s));
    e.customerRef = J::id(J::at(o, u"customer.id"));
    e.email = o.value(u"email"_s).toString();
    e.fullName = QString(J::at(o, u"customer.first_name").toString() + u' ' +
                         J::at(o, u"customer.last_name").toString())
                     .trimmed();
    const QString currency = o.value(u"currency"_s).toString();
    e.amount = J::decimal(o.value(u"total_price"_s), currency);
    e.paidAt = J::isoTime(o.value(u"processed_at"_s));
    // The topic is an unsigned header: the signed order must say the same.
    const QString financial = o.value(u"financial_status"_s).toString();
    if (topic == u"orders/cancelled"_s) {
        if (o.value(u"cancelled_at"_s).toString().isEmpty()) {
            e.ignoredBecause = tr("The order is not cancelled.");
            return e;
        }
        if (financial == u"refunded"_s) {
            e.kind = PaymentEvent::Kind::Refunded;
            e.refundIsTotal = true;
        } else {
            e.kind = PaymentEvent::Kind::Ended; // cancelled, money kept or never taken
        }
        return e;
    }
    if (financial != u"paid"_s && financial != u"partially_refunded"_s) {
        e.ignoredBecause = tr("The order is not paid (%1).").arg(financial);
        return e;
    }
    e.kind = PaymentEvent::Kind::Paid;
    return e;
}

} // namespace pinedesk
