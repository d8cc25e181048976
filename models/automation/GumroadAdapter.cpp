#include "GumroadAdapter.h"

#include "Hmac.h"
#include "WebhookJson.h"

#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

using Form = QList<std::pair<QString, QString>>;

Form formOf(const QByteArray &body)
{
    QByteArray spaced = body;
    spaced.replace('+', "%20");
    Form form;
    for (const auto &[key, value] :
         QUrlQuery(QString::fromLatin1(spaced)).queryItems(QUrl::FullyDecoded))
        form.append({key, value});
    return form;
}

QString field(const Form &form, const QString &key)
{
    for (const auto &[k, v] : form) {
        if (k == key)
            return v;
    }
    return {};
}

bool flag(const Form &form, const QString &key)
{
    return field(form, key) == u"true"_s;
}

} // namespace

Status GumroadAdapter::verify(const WebhookRequest &request, const Config &config) const
{
    if (config.secret.isEmpty() || !Hmac::equal(request.pathToken.toUtf8(), config.secret))
        return Status::failure(tr("The Gumroad URL token is not the one PineDesk gave."));
    if (!request.contentType().startsWith(u"application/x-www-form-urlencoded"_s))
        return Status::failure(tr("A Gumroad ping is a form, not %1.").arg(request.contentType()));
    const Form form = formOf(request.body);
    const QString seller = field(form, u"seller_id"_s);
    if (seller != config.expectedAccount)
        return Status::failure(tr("The ping is for Gumroad seller %1, not yours.").arg(seller));
    return {};
}

Expected<QString> GumroadAdapter::eventKey(const WebhookRequest &request) const
{
    const Form form = formOf(request.body);
    const QString sale = field(form, u"sale_id"_s);
    if (sale.isEmpty())
        return Expected<QString>::failure(tr("The Gumroad ping has no sale_id."));
    // A refund or a dispute is a new ping about the same sale.
    if (flag(form, u"refunded"_s))
        return QString(sale + u":refunded"_s);
    if (flag(form, u"disputed"_s))
        return QString(sale + u":disputed"_s);
    return sale;
}

QString GumroadAdapter::eventType(const WebhookRequest &request) const
{
    const Form form = formOf(request.body);
    if (flag(form, u"refunded"_s))
        return u"sale.refunded"_s;
    if (flag(form, u"disputed"_s))
        return u"sale.disputed"_s;
    return flag(form, u"is_recurring_charge"_s) ? u"sale.renewal"_s : u"sale"_s;
}

Expected<PaymentEvent> GumroadAdapter::parse(const WebhookRequest &request,
                                             const Config &config) const
{
    const Form form = formOf(request.body);
    PaymentEvent e;
    e.provider = name();
    e.eventType = eventType(request);
    QList<WebhookJson::Field> fields;
    for (const auto &[key, value] : form) {
        if (key.startsWith(u"custom_fields["_s) && key.endsWith(u']') && key.size() > 15)
            fields.append({key.mid(14).chopped(1), {}, value});
        else if (!key.contains(u'['))
            fields.append({key, {}, value}); // older pings send custom fields at the top
    }
    e.tvUsername = WebhookJson::username(fields, config.usernameField);
    e.paymentRef = field(form, u"sale_id"_s);
    e.productRefs = {field(form, u"product_id"_s), field(form, u"product_permalink"_s)};
    e.productRefs.removeAll(QString());
    e.subscriptionRef = field(form, u"subscription_id"_s);
    e.customerRef = e.subscriptionRef;
    e.email = field(form, u"email"_s);
    e.fullName = field(form, u"full_name"_s);
    const QString currency =
        field(form, u"currency"_s).isEmpty() ? u"USD"_s : field(form, u"currency"_s);
    e.amount = WebhookJson::minorUnits(QJsonValue(field(form, u"price"_s)), currency);
    e.paidAt = WebhookJson::isoTime(QJsonValue(field(form, u"sale_timestamp"_s)));
    if (e.paymentRef.isEmpty())
        return Expected<PaymentEvent>::failure(tr("The Gumroad ping has no sale_id."));
    if (flag(form, u"test"_s)) {
        e.ignoredBecause = tr("A Gumroad test ping or test purchase: nothing is granted.");
        return e;
    }
    if (flag(form, u"refunded"_s)) {
        e.kind = PaymentEvent::Kind::Refunded;
        e.refundIsTotal = true;
    } else if (flag(form, u"disputed"_s)) {
        e.kind = PaymentEvent::Kind::Disputed;
    } else {
        e.kind = PaymentEvent::Kind::Paid;
    }
    return e;
}

} // namespace pinedesk
