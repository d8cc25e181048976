#include "PatreonAdapter.h"

#include "Hmac.h"
#include "WebhookJson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

using J = WebhookJson;

} // namespace

Status PatreonAdapter::verify(const WebhookRequest &request, const Config &config) const
{
    if (!Hmac::matches(request.header("x-patreon-signature"), Hmac::Encoding::Hex,
                       QCryptographicHash::Md5, config.secret, request.body))
        return Status::failure(tr("The Patreon signature does not match the webhook secret."));
    return {};
}

Expected<QString> PatreonAdapter::eventKey(const WebhookRequest &request) const
{
    // The event name is an unsigned header: the signed body alone names the state it syncs.
    return QString::fromLatin1(
        QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());
}

QString PatreonAdapter::eventType(const WebhookRequest &request) const
{
    return QString::fromLatin1(request.header("x-patreon-event"));
}

Expected<PaymentEvent> PatreonAdapter::parse(const WebhookRequest &request,
                                             const Config &config) const
{
    Q_UNUSED(config) // Patreon has no checkout fields: members are linked by e-mail or by hand
    const auto root = J::object(request.body);
    if (!root)
        return Expected<PaymentEvent>::failure(root.error());
    const QJsonObject data = root->value(u"data"_s).toObject();
    const QJsonObject a = data.value(u"attributes"_s).toObject();
    PaymentEvent e;
    e.provider = name();
    e.eventType = eventType(request);
    const QString memberId = J::id(data.value(u"id"_s));
    if (memberId.isEmpty())
        return Expected<PaymentEvent>::failure(tr("The Patreon event has no member id."));
    e.customerRef = memberId;
    e.subscriptionRef = memberId;
    e.email = a.value(u"email"_s).toString();
    e.fullName = a.value(u"full_name"_s).toString();
    for (const QJsonValue tier :
         J::at(data, u"relationships.currently_entitled_tiers.data").toArray())
        e.productRefs.append(J::id(tier.toObject().value(u"id"_s)));
    const QString status = a.value(u"patron_status"_s).toString();
    if (status == u"former_patron"_s) {
        e.kind = PaymentEvent::Kind::Ended;
        return e;
    }
    if (status == u"declined_patron"_s) {
        e.ignoredBecause = tr("Patreon retries a declined charge; access runs to the paid "
                              "date and ends if the member leaves.");
        return e;
    }
    if (status != u"active_patron"_s ||
        a.value(u"last_charge_status"_s).toString().compare(u"Paid"_s, Qt::CaseInsensitive) != 0) {
        e.ignoredBecause = tr("The member has no paid charge yet.");
        return e;
    }
    // One payment per charge: the member id and the charge date name it.
    e.kind = PaymentEvent::Kind::Paid;
    e.paidAt = J::isoTime(a.value(u"last_charge_date"_s));
    e.paymentRef = memberId + u'@' + e.paidAt.toString(Qt::ISODate);
    e.periodEnd = J::isoTime(a.value(u"next_charge_date"_s));
    // Amounts are in the campaign's currency: the included campaign says which, else USD.
    QString currency = u"USD"_s;
    for (const QJsonValue v : root->value(u"included"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QString c = J::at(o, u"attributes.currency").toString();
        if (o.value(u"type"_s).toString() == u"campaign"_s && c.size() == 3)
            currency = c.toUpper();
    }
    e.amount = J::minorUnits(a.value(u"currently_entitled_amount_cents"_s), currency);
    return e;
}

} // namespace pinedesk
