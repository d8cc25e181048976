// E-mails to clients through a real local SMTP server (aiosmtpd): the exact message received
// (headers, accents, the date), nothing sent twice across runs and restarts, and a server that
// is down is retried later with nothing lost. Also end to end through 'pinedesk remind'.
#include "SmtpFixture.h"
#include "TestDatabase.h"
#include "domain/Indicator.h"
#include "domain/Plan.h"
#include "mail/MailDrain.h"
#include "mail/MimeMessage.h"
#include "mail/SmtpClient.h"
#include "mail/SmtpSettings.h"
#include "reminders/ExpiryAlerts.h"
#include "reminders/ReminderSettings.h"
#include "store/ClientStore.h"
#include "store/EmailOutboxStore.h"
#include "store/IndicatorStore.h"
#include "store/PlanStore.h"
#include "sync/AccessChanges.h"

#include <QProcess>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace pinedesk;
using namespace pinedesk::test;

namespace {

const QString pine = u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s;

} // namespace

class TestMail : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<SmtpFixture> m_smtp;

    SmtpSettings server() const
    {
        SmtpSettings s;
        s.host = u"127.0.0.1"_s;
        s.port = m_smtp->port();
        s.security = SmtpSettings::Security::None; // a local relay
        s.fromAddress = u"avisos@pinelabs.example"_s;
        s.fromName = u"Pine Labs Señales"_s;
        s.perMinute = 600;
        return s;
    }
    void clientEnding(const QString &username, const QString &email, const QString &language,
                      const QDate &day)
    {
        Client c;
        c.tvUsername = username;
        c.fullName = u"Ana Núñez"_s;
        c.email = email;
        c.language = language;
        QVERIFY(ClientStore(m_db->context()).create(c));
        AccessChanges::Request r;
        r.usernames = {username};
        r.pineIds = {pine};
        r.until = day;
        r.planId = PlanStore(m_db->context()).findByName(u"Señales mensual"_s).value()->id;
        r.origin = AccessOrigin::Plan;
        QVERIFY(AccessChanges(m_db->context()).apply(r));
    }
    MailDrain::Result drain()
    {
        const SmtpClient client(server(), {});
        const auto result = MailDrain(m_db->context(), client, 600).run(100);
        if (!result) {
            qWarning() << result.error().message();
            return {};
        }
        return *result;
    }

private Q_SLOTS:
    void init()
    {
        m_smtp = std::make_unique<SmtpFixture>();
        QVERIFY2(m_smtp->start(), qPrintable(m_smtp->error()));
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_db->clock().set(QDateTime(QDate(2026, 12, 7), QTime(9, 30), QTimeZone::utc()));
        Indicator signals;
        signals.pineId = pine;
        signals.name = u"Signals"_s;
        Plan monthly;
        monthly.name = u"Señales mensual"_s;
        monthly.duration = Duration::months(1);
        monthly.price = Money(4900, u"USD"_s);
        monthly.indicatorIds = {IndicatorStore(m_db->context()).create(signals).value()};
        QVERIFY(PlanStore(m_db->context()).create(monthly));
        QVERIFY(server().save(m_db->context()));
        ReminderSettings r;
        r.emailClients = true;
        r.vendorName = u"Pine Labs"_s;
        r.defaultRenewalUrl = u"https://pinelabs.example/renovar"_s;
        QVERIFY(r.save(m_db->context()));
    }

    void theClientReceivesExactlyOneReminder()
    {
        clientEnding(u"ana_fx"_s, u"ana@example.com"_s, u"es"_s, QDate(2026, 12, 12));
        QCOMPARE(ExpiryAlerts(m_db->context()).run()->emailsQueued, 1);
        const MailDrain::Result sent = drain();
        QCOMPARE(sent.sent, 1);
        const QList<QJsonObject> received = m_smtp->messages();
        QCOMPARE(received.size(), 1);
        const QJsonObject m = received.first();
        QCOMPARE(m[u"subject"_s].toString(),
                 u"Tu acceso a Señales mensual termina el 12 de diciembre de 2026"_s);
        QVERIFY2(m[u"raw_subject"_s].toString().startsWith(u"=?UTF-8?B?"_s),
                 qPrintable(m[u"raw_subject"_s].toString()));
        QCOMPARE(m[u"from"_s].toString(), u"Pine Labs Señales <avisos@pinelabs.example>"_s);
        QCOMPARE(m[u"to"_s].toString(), u"ana@example.com"_s);
        QCOMPARE(m[u"date"_s].toString(), u"Mon, 07 Dec 2026 09:30:00 +0000"_s);
        QCOMPARE(m[u"auto_submitted"_s].toString(), u"auto-generated"_s);
        QCOMPARE(m[u"content_type"_s].toString(), u"text/plain"_s);
        QCOMPARE(m[u"charset"_s].toString(), u"utf-8"_s);
        const OutgoingEmail row = EmailOutboxStore(m_db->context()).latest(1)->first();
        QCOMPARE(row.state, OutgoingEmail::State::Sent);
        QCOMPARE(m[u"message_id"_s].toString(), row.messageId);
        QString body = m[u"body"_s].toString();
        QCOMPARE(body.replace(u"\r\n"_s, u"\n"_s), row.body);
        QVERIFY(body.startsWith(u"Hola, Ana Núñez:"_s));

        // Run again, and again after a restart of everything: nothing more is sent.
        QCOMPARE(ExpiryAlerts(m_db->context()).run()->emailsQueued, 0);
        QCOMPARE(drain().sent, 0);
        m_smtp->stop();
        QVERIFY(m_smtp->start());
        QCOMPARE(ExpiryAlerts(m_db->context()).run()->emailsQueued, 0);
        QCOMPARE(drain().sent, 0);
        QCOMPARE(m_smtp->messages().size(), 1);
    }

    void aServerThatIsDownIsTriedAgainLater()
    {
        clientEnding(u"ana_fx"_s, u"ana@example.com"_s, u"es"_s, QDate(2026, 12, 12));
        clientEnding(u"bo_fx"_s, u"bo@example.com"_s, u"en"_s, QDate(2026, 12, 13));
        QCOMPARE(ExpiryAlerts(m_db->context()).run()->emailsQueued, 2);
        m_smtp->stop();
        const MailDrain::Result down = drain();
        QCOMPARE(down.sent, 0);
        QCOMPARE(down.retried, 1); // the first one; the run stops at an unreachable server
        QVERIFY(!down.stoppedBecause.isEmpty());
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM email_outbox WHERE state = 'retry' AND "
                              "attempts = 1 AND last_error <> ''"_s)
                     .toInt(),
                 1);

        QVERIFY(m_smtp->start());
        QCOMPARE(drain().sent, 1); // the one never tried; the other waits for its time
        m_db->clock().set(m_db->clock().nowUtc().addSecs(61));
        QCOMPARE(drain().sent, 1);
        QCOMPARE(m_smtp->messages().size(), 2);
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM email_outbox WHERE state = 'sent'"_s).toInt(),
                 2);
    }

    void encodedWordsStayShortAndWhole()
    {
        const QString long_ = u"Señales «premium» — renovación mensual de acceso: ñandú, pingüino, "
                              "árbol, corazón 💹 y más"_s;
        const QByteArray encoded = MimeMessage::encodeWords(long_);
        for (const QByteArray &line : encoded.split('\n'))
            QVERIFY(line.trimmed().size() <= 75);
        QCOMPARE(MimeMessage::encodeWords(u"Plain subject"_s), QByteArray("Plain subject"));
        QCOMPARE(MimeMessage::encodeWords(u"a\r\nBcc: x@y"_s), QByteArray("a  Bcc: x@y"));
    }

    // The commands a server runs: 'mail server', 'mail test', then 'remind' from cron.
    void remindFromTheCommandLine()
    {
        const QString db = m_db->path();
        m_db->database().closeThreadConnection(); // the commands have the database to themselves
        const auto cli = [&](const QStringList &args, QByteArray *output = nullptr) {
            QProcess p;
            p.start(QStringLiteral(PINEDESK_EXE), QStringList{u"--db"_s, db} + args);
            if (!p.waitForFinished(60000))
                return -1;
            if (output)
                *output = p.readAllStandardOutput();
            if (p.exitCode() != 0)
                qWarning() << args << p.readAllStandardError();
            return p.exitCode();
        };
        QCOMPARE(cli({u"mail"_s, u"server"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
                      QString::number(m_smtp->port()), u"--security"_s, u"none"_s, u"--from"_s,
                      u"avisos@pinelabs.example"_s}),
                 0);
        QCOMPARE(cli({u"mail"_s, u"server"_s, u"--from"_s, u"not an address"_s}), 1);
        QCOMPARE(cli({u"mail"_s, u"test"_s, u"me@pinelabs.example"_s}), 0);
        QCOMPARE(m_smtp->messages().size(), 1);
        QCOMPARE(m_smtp->messages().first()[u"subject"_s].toString(), u"PineDesk test e-mail"_s);

        QCOMPARE(
            cli({u"remind"_s, u"configure"_s, u"--days"_s, u"3"_s, u"--email-clients"_s, u"yes"_s}),
            0);
        QCOMPARE(cli({u"grant"_s, u"--users"_s, u"ana_fx"_s, u"--indicator"_s, pine,
                      u"--duration"_s, u"2D"_s}),
                 0);
        QCOMPARE(cli({u"remind"_s, u"--dry-run"_s}), 0);
        QCOMPARE(m_smtp->messages().size(), 1);
        QByteArray printed;
        QCOMPARE(cli({u"remind"_s}, &printed), 0);
        QVERIFY2(printed.contains("ana_fx"), printed.constData());
        // ana_fx has no e-mail address: announced to the vendor, not mailed.
        QCOMPARE(m_smtp->messages().size(), 1);
        QVERIFY(printed.contains("1 client not e-mailed"));
        QCOMPARE(cli({u"remind"_s}, &printed), 0);
        QVERIFY(printed.contains("0 accesses about to end"));
    }
};

QTEST_GUILESS_MAIN(TestMail)
#include "tst_mail.moc"
