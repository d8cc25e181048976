#include "WhopAdapter.h"

#include "Hmac.h"
#include "WebhookJson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

using J = WebhookJson;

QByteArray signingKey(const QByteArray &secret)
{
    if (secret.startsWith("whsec_"))
        return QByteArray::fromBase64(secret.mid(6));
    return secret;
}

} // namespace

Status WhopAdapter::verify(const WebhookRequest &request, const Config &config) const
{
    const QByteArray id = request.header("webhook-id");
    const QByteArray timestamp = request.header("webhook-timestamp");
    const QByteArray signatures = request.header("webhook-signature");
    if (id.isEmpty() || timestamp.isEmpty() || signatures.isEmpty())
        return Status::failure(tr("The webhook-id, webhook-timestamp or webhook-signature header "
                                  "is missing."));
    bool ok = false;
    const qint64 t = timestamp.toLongLong(&ok);
    const qint64 age = request.receivedAt.toSecsSinceEpoch() - t;
    if (!ok || qAbs(age) > config.toleranceSeconds)
        return Status::failure(tr("The event was signed %1 s away from now; more than %2 s is "
                                  "refused as a replay.")
                                   .arg(age)
                                   .arg(config.toleranceSeconds));
    const QByteArray expected = Hmac::sign(QCryptographicHash::Sha256, signingKey(config.secret),
                                           QByteArray(id + '.' + timestamp + '.' + request.body));
    bool match = false;
    for (const QByteArray &entry : signatures.split(' ')) {
        if (!entry.startsWith("v1,"))
            continue;
        match = Hmac::equal(QByteArray::fromBase64(entry.mid(3)), expected) || match;
    }
    if (!match)
        return Status::failure(tr("The Whop signature does not match the signing secret."));
    return {};
}

Expected<QString> WhopAdapter::eventKey(const WebhookRequest &request) const
{
    const QString id = QString::fromLatin1(request.header("webhook-id"));
    if (id.isEmpty())
        return Expected<QString>::failure(tr("The Whop event has no webhook-id."));
    return id;
}

QString WhopAdapter::eventType(const WebhookRequest &request) const
{
    const auto o = J::object(request.body);
    return o ? o->value(u"type"_s).toString() : QString();
}

Expected<PaymentEvent> WhopAdapter::parse(const WebhookRequest &request, const Config &config) const
{
    const auto root = J::object(request.body);
    if (!root)
        return Expected<PaymentEvent>::failure(root.error());
    const QJsonObject d = root->value(u"data"_s).toObject();
    PaymentEvent e;
    e.provider = name();
    e.eventType = root->value(u"type"_s).toString();
    const QString type = e.eventType;
    QList<WebhookJson::Field> fields;
    for (const QJsonValue v : d.value(u"custom_field_responses"_s).toArray()) {
        const QJsonObject f = v.toObject();
        fields.append({{}, f.value(u"question"_s).toString(), f.value(u"answer"_s).toString()});
    }
    e.tvUsername = J::username(fields, config.usernameField);
    e.customerRef = J::id(J::at(d, u"user.id"));
    e.email = J::at(d, u"user.email").toString();
    e.fullName = J::at(d, u"user.name").toString();
    const QString currency = d.value(u"currency"_s).toString();
    if (type == u"payment.succeeded"_s || type == u"payment.failed"_s) {
        e.kind =
            type == u"payment.succeeded"_s ? PaymentEvent::Kind::Paid : PaymentEvent::Kind::Failed;
        e.paymentRef = J::id(d.value(u"id"_s));
        e.productRefs = {J::id(J::at(d, u"plan.id")), J::id(J::at(d, u"product.id"))};
        e.subscriptionRef = J::id(J::at(d, u"membership.id"));
        e.amount = J::decimal(d.value(u"total"_s), currency);
        e.paidAt = J::isoTime(d.value(u"paid_at"_s));
        if (!e.paidAt.isValid())
            e.paidAt = J::isoTime(d.value(u"created_at"_s));
    } else if (type == u"refund.created"_s) {
        e.kind = PaymentEvent::Kind::Refunded;
        e.paymentRef = J::id(J::at(d, u"payment.id"));
        e.amount = J::decimal(d.value(u"amount"_s), currency);
    } else if (type == u"membership.deactivated"_s) {
        e.kind = PaymentEvent::Kind::Ended;
        e.occurredAt = J::isoTime(root->value(u"timestamp"_s));
        e.subscriptionRef = J::id(d.value(u"id"_s));
        e.productRefs = {J::id(J::at(d, u"plan.id")), J::id(J::at(d, u"product.id"))};
    } else {
        e.ignoredBecause = tr("PineDesk does not act on Whop's %1 events.").arg(type);
    }
    e.productRefs.removeAll(QString());
    return e;
}

} // namespace pinedesk
