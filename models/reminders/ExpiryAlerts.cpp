#include "ExpiryAlerts.h"

#include "Alerts.h"

#include "ClientEmail.h"
#include "ReminderSettings.h"
#include "mail/EmailTemplate.h"
#include "mail/OutgoingEmail.h"
#include "mail/SmtpSettings.h"
#include "reminders/Notification.h"
#include "store/EmailOutboxStore.h"
#include "store/EmailTemplateStore.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QString productOf(const ExpiryAlertStore::Candidate &c)
{
    return ClientEmail::productOf(c);
}

} // namespace

ExpiryAlerts::ExpiryAlerts(StoreContext context)
    : m_ctx(std::move(context))
{}

Expected<ExpiryAlerts::Result> ExpiryAlerts::run(bool dryRun)
{
    using R = Expected<Result>;
    const ReminderSettings settings = ReminderSettings::load(m_ctx);
    QList<int> thresholds = settings.thresholdDays;
    std::sort(thresholds.begin(), thresholds.end());
    Result result;
    if (thresholds.isEmpty())
        return result;
    const QDateTime now = m_ctx.clock.nowUtc();
    ExpiryAlertStore store(m_ctx);
    // Days are calendar days (UTC, as accesses end at the end of a day): "1 day before" is the
    // day before the last one.
    const QDate today = now.date();
    const auto candidates = store.endingBetween(
        now, QDateTime(today.addDays(thresholds.last() + 1), QTime(0, 0), QTimeZone::utc()));
    if (!candidates)
        return R::failure(candidates.error());
    for (const ExpiryAlertStore::Candidate &c : *candidates) {
        // The smallest threshold the end falls within; announced unless that one (or a
        // smaller one) already was for this end.
        const qint64 daysLeft = today.daysTo(c.expiresAt.toUTC().date());
        const auto t = std::find_if(thresholds.cbegin(), thresholds.cend(),
                                    [&](int days) { return daysLeft <= days; });
        if (t == thresholds.cend() || (c.alertedDays && *c.alertedDays <= *t))
            continue;
        result.alerts.append({c, *t});
    }
    // One e-mail per client and threshold, listing what ends.
    QMap<std::pair<qint64, int>, QList<const Alert *>> byClient;
    for (const Alert &a : result.alerts) {
        if (!settings.emailClients)
            continue;
        if (a.access.email.isEmpty() || a.access.emailOptOut)
            ++result.withoutEmail;
        else
            byClient[{a.access.clientId, a.thresholdDays}].append(&a);
    }
    if (dryRun || result.alerts.isEmpty()) {
        result.emailsQueued = int(byClient.size());
        return result;
    }

    Transaction tx(m_ctx.database.connection());
    if (!tx.isActive())
        return R::failure(tx.error());
    ExpiryAlertStore alerts(m_ctx);
    QMap<int, QList<const Alert *>> byThreshold;
    for (const Alert &a : result.alerts) {
        if (const Status s = alerts.record(a.access.accessId, a.thresholdDays, a.access.expiresAt);
            !s)
            return R::failure(s.error());
        byThreshold[a.thresholdDays].append(&a);
    }

    Alerts notifications(m_ctx);
    for (auto it = byThreshold.cbegin(); it != byThreshold.cend(); ++it) {
        // A few of them, each client and product once (a plan's scripts end together).
        QStringList seen;
        QJsonArray names;
        for (const Alert *a : it.value()) {
            const QString name = u"%1 (%2, %3)"_s.arg(
                a->access.tvUsername.isEmpty() ? a->access.email : a->access.tvUsername,
                productOf(a->access),
                QLocale().toString(a->access.expiresAt.date(), QLocale::ShortFormat));
            if (seen.contains(name))
                continue;
            seen.append(name);
            if (names.size() < 4)
                names.append(name);
        }
        Notification n;
        n.kind = Notification::Kind::Expiring;
        const Alert *first = it.value().first();
        n.dedupKey = u"expiring:%1:%2:%3"_s.arg(it.key())
                         .arg(first->access.accessId)
                         .arg(first->access.expiresAt.toSecsSinceEpoch());
        n.args = {{u"days"_s, it.key()},
                  {u"count"_s, int(it.value().size())},
                  {u"clients"_s, int(seen.size())},
                  {u"names"_s, names}};
        n.target = u"calendar"_s;
        const auto raised = notifications.raise(n);
        if (!raised)
            return R::failure(raised.error());
        result.notifications += *raised ? 1 : 0;
    }

    EmailOutboxStore outbox(m_ctx);
    for (auto it = byClient.cbegin(); it != byClient.cend(); ++it) {
        QList<const ClientEmail::Access *> accesses;
        QStringList ids;
        for (const Alert *a : it.value()) {
            accesses.append(&a->access);
            ids.append(QString::number(a->access.accessId));
        }
        const auto email =
            ClientEmail::compose(m_ctx, EmailTemplate::Kind::Reminder, accesses, settings,
                                 u"reminder:%1:%2"_s.arg(it.key().second).arg(ids.join(u'-')));
        if (!email)
            return R::failure(email.error());
        const auto queued = outbox.enqueue(*email);
        if (!queued)
            return R::failure(queued.error());
        result.emailsQueued += *queued ? 1 : 0;
    }
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    return result;
}

} // namespace pinedesk
