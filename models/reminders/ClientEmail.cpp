#include "ClientEmail.h"

#include "mail/SmtpSettings.h"
#include "store/EmailTemplateStore.h"

#include <QLocale>
#include <QMap>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

QString ClientEmail::dayText(const QDateTime &end, const QString &language)
{
    const bool es = language == u"es"_s;
    if (!end.isValid())
        return es ? u"sin fecha de fin"_s : u"no end date"_s;
    const QDate day = end.toUTC().date();
    return es ? QLocale(QLocale::Spanish).toString(day, u"d 'de' MMMM 'de' yyyy"_s)
              : QLocale(QLocale::English).toString(day, u"d MMMM yyyy"_s);
}

QString ClientEmail::productOf(const Access &access)
{
    return access.planName.isEmpty() ? access.indicatorName : access.planName;
}

Expected<OutgoingEmail> ClientEmail::compose(const StoreContext &context, EmailTemplate::Kind kind,
                                             const QList<const Access *> &accesses,
                                             const ReminderSettings &settings,
                                             const QString &dedupKey)
{
    using R = Expected<OutgoingEmail>;
    const Access &c = *accesses.first();
    const QString language = c.language.isEmpty() ? settings.defaultLanguage : c.language;
    const auto t = EmailTemplateStore(context).find(kind, language);
    if (!t)
        return R::failure(t.error());
    QStringList products;
    QDateTime soonest = c.expiresAt;
    QString renewal;
    for (const Access *a : accesses) {
        if (!products.contains(productOf(*a)))
            products.append(productOf(*a));
        if (a->expiresAt.isValid() && (!soonest.isValid() || a->expiresAt < soonest))
            soonest = a->expiresAt;
        if (renewal.isEmpty())
            renewal = a->renewalUrl;
    }
    const QDate today = context.clock.nowUtc().date();
    const int daysLeft =
        soonest.isValid() ? std::max<int>(1, int(today.daysTo(soonest.toUTC().date()))) : 0;
    const QMap<QString, QString> values{
        {u"name"_s, c.fullName.isEmpty() ? c.tvUsername : c.fullName},
        {u"username"_s, c.tvUsername},
        {u"products"_s, products.join(u", "_s)},
        {u"expiry"_s, dayText(soonest, t->language)},
        {u"days"_s, QString::number(daysLeft)},
        {u"renewal_link"_s, renewal.isEmpty() ? settings.defaultRenewalUrl : renewal},
        {u"vendor"_s, settings.vendorName}};
    OutgoingEmail email;
    email.dedupKey = dedupKey;
    email.clientId = c.clientId;
    email.kind = EmailTemplate::toText(kind);
    email.to = c.email;
    email.subject = t->renderSubject(values);
    email.body = t->renderBody(values);
    email.messageId = u"<%1@%2>"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                       SmtpSettings::load(context).domain());
    return email;
}

} // namespace pinedesk
