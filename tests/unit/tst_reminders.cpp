// Before access ends: each access is announced once per reminder threshold and end (never
// again after a restart, again after a renewal), the vendor gets one notification per
// threshold, and clients who can be e-mailed get one e-mail in their language.
#include "TestDatabase.h"
#include "domain/Indicator.h"
#include "domain/Plan.h"
#include "mail/EmailTemplate.h"
#include "reminders/AccessNotices.h"
#include "reminders/ExpiryAlerts.h"
#include "reminders/ReminderSettings.h"
#include "store/AccessStore.h"
#include "store/ClientStore.h"
#include "store/EmailOutboxStore.h"
#include "store/EmailTemplateStore.h"
#include "store/IndicatorStore.h"
#include "store/NotificationStore.h"
#include "store/PlanStore.h"
#include "sync/AccessChanges.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace pinedesk;
using pinedesk::test::TestDatabase;

namespace {

const QString pine = u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s;
const QDateTime monday(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc());

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;

    void client(const QString &username, const QString &name, const QString &email,
                const QString &language, bool optOut = false)
    {
        Client c;
        c.tvUsername = username;
        c.fullName = name;
        c.email = email;
        c.language = language;
        c.emailOptOut = optOut;
        QVERIFY(ClientStore(m_db->context()).create(c));
    }
    void grantUntil(const QString &username, const QDate &day)
    {
        AccessChanges::Request r;
        r.usernames = {username};
        r.pineIds = {pine};
        r.until = day;
        r.planId = PlanStore(m_db->context()).findByName(u"Monthly"_s).value()->id;
        r.origin = AccessOrigin::Plan;
        QVERIFY(AccessChanges(m_db->context()).apply(r));
    }
    ExpiryAlerts::Result run(bool dryRun = false)
    {
        const auto result = ExpiryAlerts(m_db->context(u"remind"_s)).run(dryRun);
        if (!result) {
            qWarning() << result.error().message() << result.error().detail();
            return {};
        }
        return *result;
    }
    QList<OutgoingEmail> emails() { return EmailOutboxStore(m_db->context()).latest(100).value(); }
    int count(const QString &sql) { return m_db->scalar(sql).toInt(); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_db->clock().set(monday);
        Indicator signals;
        signals.pineId = pine;
        signals.name = u"Signals"_s;
        Plan monthly;
        monthly.name = u"Monthly"_s;
        monthly.duration = Duration::months(1);
        monthly.price = Money(4900, u"USD"_s);
        monthly.indicatorIds = {IndicatorStore(m_db->context()).create(signals).value()};
        QVERIFY(PlanStore(m_db->context()).create(monthly));
        ReminderSettings s;
        s.emailClients = true;
        s.vendorName = u"Pine Labs"_s;
        s.defaultRenewalUrl = u"https://example.com/renew"_s;
        QVERIFY(s.save(m_db->context()));

        client(u"ana_fx"_s, u"Ana Núñez"_s, u"ana@example.com"_s, u"es"_s);
        client(u"bo_trades"_s, u"Bo Lee"_s, u"bo@example.com"_s, QString());
        client(u"cy_pine"_s, QString(), QString(), QString());
        client(u"dee_fx"_s, u"Dee"_s, u"dee@example.com"_s, u"en"_s, true);
        client(u"eve_fx"_s, u"Eve"_s, u"eve@example.com"_s, u"en"_s);
        grantUntil(u"ana_fx"_s, QDate(2026, 12, 12));   // in 5 days
        grantUntil(u"bo_trades"_s, QDate(2026, 12, 7)); // tonight
        grantUntil(u"cy_pine"_s, QDate(2026, 12, 10));
        grantUntil(u"dee_fx"_s, QDate(2026, 12, 9));
        grantUntil(u"eve_fx"_s, QDate(2026, 12, 30)); // not yet
    }

    void eachAccessIsAnnouncedOncePerThreshold()
    {
        const ExpiryAlerts::Result dry = run(true);
        QCOMPARE(dry.alerts.size(), 4);
        QCOMPARE(dry.emailsQueued, 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM expiry_alerts"_s), 0); // a dry run writes nothing
        QCOMPARE(count(u"SELECT COUNT(*) FROM email_outbox"_s), 0);

        const ExpiryAlerts::Result first = run();
        QCOMPARE(first.alerts.size(), 4);
        QCOMPARE(first.notifications, 2); // one for 7 days, one for 1 day
        QCOMPARE(first.emailsQueued, 2);  // ana and bo: cy has no address, dee opted out
        QCOMPARE(first.withoutEmail, 2);
        QCOMPARE(NotificationStore(m_db->context()).unreadCount().value(), 2);

        // Again, or after a restart: nothing new.
        const ExpiryAlerts::Result again = run();
        QCOMPARE(again.alerts.size(), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM email_outbox"_s), 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM notifications"_s), 2);

        // Four days later ana is within a day: the 1-day reminder goes out too.
        m_db->clock().set(monday.addDays(4));
        const ExpiryAlerts::Result later = run();
        QCOMPARE(later.alerts.size(), 1);
        QCOMPARE(later.alerts.first().access.tvUsername, u"ana_fx"_s);
        QCOMPARE(later.alerts.first().thresholdDays, 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM email_outbox"_s), 3);
    }

    void aRenewalIsAnnouncedAgainAtItsNewEnd()
    {
        run();
        grantUntil(u"ana_fx"_s, QDate(2027, 1, 12)); // renewed
        QCOMPARE(run().alerts.size(), 0);
        m_db->clock().set(QDateTime(QDate(2027, 1, 8), QTime(9, 0), QTimeZone::utc()));
        const ExpiryAlerts::Result renewed = run();
        QCOMPARE(renewed.alerts.size(), 1);
        QCOMPARE(renewed.alerts.first().access.tvUsername, u"ana_fx"_s);
    }

    void emailsSpeakTheClientsLanguage()
    {
        run();
        QString spanish;
        QString english;
        for (const OutgoingEmail &e : emails()) {
            if (e.to == u"ana@example.com"_s) {
                QCOMPARE(e.subject, u"Tu acceso a Monthly termina el 12 de diciembre de 2026"_s);
                spanish = e.body;
            } else {
                QCOMPARE(e.to, u"bo@example.com"_s);
                QCOMPARE(e.subject, u"Your access to Monthly ends on 7 December 2026"_s);
                english = e.body;
            }
            QVERIFY(e.messageId.startsWith(u'<') && e.messageId.endsWith(u'>'));
            QCOMPARE(e.state, OutgoingEmail::State::Pending);
        }
        QVERIFY2(spanish.startsWith(u"Hola, Ana Núñez:"_s), qPrintable(spanish));
        QVERIFY(spanish.contains(u"(ana_fx)"_s));
        QVERIFY(spanish.contains(u"dentro de 5 día(s)"_s));
        QVERIFY(spanish.contains(u"https://example.com/renew"_s));
        QVERIFY(spanish.endsWith(u"Pine Labs\n"_s));
        QVERIFY(english.contains(u"in 1 day(s)"_s));
    }

    // A plan's own renewal link wins over the one in Settings; a link must be a web address.
    void thePlansRenewalLinkIsUsed()
    {
        PlanStore plans(m_db->context());
        Plan monthly = *plans.findByName(u"Monthly"_s).value();
        monthly.renewalUrl = u"ftp://nowhere"_s;
        QVERIFY(!plans.update(monthly));
        monthly.renewalUrl = u" https://pinelabs.example/monthly "_s;
        QVERIFY(plans.update(monthly));
        QCOMPARE(plans.findById(monthly.id).value()->renewalUrl,
                 u"https://pinelabs.example/monthly"_s);
        run();
        for (const OutgoingEmail &e : emails())
            QVERIFY2(e.body.contains(u"https://pinelabs.example/monthly"_s), qPrintable(e.body));
    }

    void theVendorsOwnWordingIsUsed()
    {
        EmailTemplate own = EmailTemplate::defaultFor(EmailTemplate::Kind::Reminder, u"en"_s);
        own.subject = u"{name}: {products} ends {expiry} {unknown}"_s;
        own.body = u"Renew at {renewal_link}"_s;
        QVERIFY(EmailTemplateStore(m_db->context()).save(own));
        run();
        for (const OutgoingEmail &e : emails()) {
            if (e.to == u"bo@example.com"_s) {
                QCOMPARE(e.subject, u"Bo Lee: Monthly ends 7 December 2026 {unknown}"_s);
                QCOMPARE(e.body, u"Renew at https://example.com/renew"_s);
            }
        }
    }

    // Once TradingView has it, the client hears the access is live; once its last day has
    // passed without a renewal, that it ended. Each once.
    void liveAndEndedAreToldOnce()
    {
        const auto accessOf = [this](const QString &user) {
            return m_db
                ->scalar(u"SELECT a.id FROM accesses a JOIN clients c ON c.id = a.client_id "
                         "WHERE c.tv_username = :u"_s,
                         {{u":u"_s, user}})
                .toLongLong();
        };
        const auto notices = [this] {
            const auto r = AccessNotices(m_db->context()).run();
            if (!r)
                qWarning() << r.error().message() << r.error().detail();
            return r ? *r : AccessNotices::Result{};
        };
        QCOMPARE(notices().granted, 0); // nothing confirmed by TradingView yet
        AccessStore accesses(m_db->context());
        for (const QString &user : {u"ana_fx"_s, u"cy_pine"_s}) {
            QVERIFY(accesses.recordServerState(accessOf(user), true,
                                               Expiration::endOfDay(QDate(2026, 12, 12))));
        }
        // Ana is new: her first access is a welcome, not "access is live". Cy has no address:
        // settled, not mailed.
        const AccessNotices::Result first = notices();
        QCOMPARE(first.welcomed, 1);
        QCOMPARE(first.granted, 0);
        QCOMPARE(notices().welcomed, 0);
        const OutgoingEmail welcome = emails().first();
        QCOMPARE(welcome.to, u"ana@example.com"_s);
        QCOMPARE(welcome.kind, u"welcome"_s);
        QCOMPARE(welcome.subject, u"Bienvenido, Ana Núñez"_s);
        QVERIFY2(welcome.body.contains(u"hasta el 12 de diciembre de 2026"_s),
                 qPrintable(welcome.body));

        // Ana's last day passes: told once. Older ends (bo, last Monday) are not dug up.
        m_db->clock().set(QDateTime(QDate(2026, 12, 13), QTime(10, 0), QTimeZone::utc()));
        const AccessNotices::Result ended = notices();
        QCOMPARE(ended.ended, 1);
        QCOMPARE(emails().first().subject, u"Tu acceso a Monthly ha terminado"_s);
        QCOMPARE(notices().ended, 0);

        // She comes back: no second welcome, "access is live" with the new date.
        grantUntil(u"ana_fx"_s, QDate(2027, 1, 13));
        QVERIFY(accesses.recordServerState(accessOf(u"ana_fx"_s), true,
                                           Expiration::endOfDay(QDate(2027, 1, 13))));
        const AccessNotices::Result back = notices();
        QCOMPARE(back.granted, 1);
        QCOMPARE(back.welcomed, 0);
        const OutgoingEmail live = emails().first();
        QCOMPARE(live.kind, u"granted"_s);
        QCOMPARE(live.subject, u"Ya tienes acceso a Monthly"_s);
        QVERIFY2(live.body.contains(u"hasta el 13 de enero de 2027"_s), qPrintable(live.body));

        // Not e-mailing clients: nothing is written.
        ReminderSettings s = ReminderSettings::load(m_db->context());
        s.emailClients = false;
        QVERIFY(s.save(m_db->context()));
        grantUntil(u"eve_fx"_s, QDate(2027, 3, 1));
        QVERIFY(accesses.recordServerState(accessOf(u"eve_fx"_s), true,
                                           Expiration::endOfDay(QDate(2027, 3, 1))));
        const int before = count(u"SELECT COUNT(*) FROM access_notices"_s);
        QCOMPARE(notices().granted, 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM access_notices"_s), before);
    }

    void thresholdsAreCheckedAndNoEmailsUnlessAsked()
    {
        QVERIFY(!ReminderSettings::parseThresholds(u"7, zero"_s));
        QVERIFY(!ReminderSettings::parseThresholds(u"0"_s));
        QCOMPARE(ReminderSettings::parseThresholds(u"1, 14,7, 7"_s).value(),
                 (QList<int>{14, 7, 1}));
        ReminderSettings s = ReminderSettings::load(m_db->context());
        s.emailClients = false;
        s.thresholdDays = {3};
        QVERIFY(s.save(m_db->context()));
        const ExpiryAlerts::Result result = run();
        QCOMPARE(result.alerts.size(), 3); // bo tonight, dee in 2 days, cy in 3 days
        QCOMPARE(result.emailsQueued, 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM email_outbox"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
