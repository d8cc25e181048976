// Settings › Reminders and e-mail as the vendor uses it: the reminder days and the mail server
// are saved as typed (bad values said, not saved), the test e-mail reaches a real SMTP server
// from a worker, the reminder's wording is edited with a live preview; a client's e-mail
// language and opt-out are kept; the expiry calendar goes out as .ics; and the team channels
// are set up (the token straight to the keychain), tested, and their outbox sent again.
#include "CalendarPage.h"
#include "ChannelsPanel.h"
#include "ClientProfileDialog.h"
#include "EmailOutboxDialog.h"
#include "EmailTemplatesDialog.h"
#include "FakeHttpServer.h"
#include "RemindersPanel.h"
#include "ScriptedPrompter.h"
#include "SmtpFixture.h"
#include "TestDatabase.h"
#include "channels/ChannelSettings.h"
#include "channels/TeamChannelSecret.h"
#include "mail/SmtpSettings.h"
#include "reminders/ReminderSettings.h"
#include "settings/AppSettings.h"
#include "store/ChannelOutboxStore.h"
#include "store/ClientStore.h"
#include "store/EmailOutboxStore.h"
#include "store/EmailTemplateStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace pinedesk;
using namespace pinedesk::test;

class TestRemindersPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    ConsoleContext context() { return {m_db->database(), m_db->clock(), u"gui:test"_s}; }
    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning() << "no" << name;
        return found;
    }
    // The docs' screenshots, when asked for (PINEDESK_SCREENSHOT_DIR).
    static void shoot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PINEDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(widget->grab().save(dir + u'/' + name));
    }
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setText(text);
        Q_EMIT edit->editingFinished();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_db->isOpen());
        m_db->clock().set(QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc()));
    }

    void settingsAreSavedAndTheTestEmailArrives()
    {
        SmtpFixture smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.error()));
        AppSettings settings;
        RemindersPanel panel(context(), settings);
        panel.show();
        auto *message = child<QLabel>(&panel, u"remindersMessage"_s);

        type(child<QLineEdit>(&panel, u"reminderDays"_s), u"7, zero"_s);
        QVERIFY(message->text().contains(u"zero"_s));
        type(child<QLineEdit>(&panel, u"reminderDays"_s), u"14, 3"_s);
        child<QCheckBox>(&panel, u"emailClients"_s)->setChecked(true);
        type(child<QLineEdit>(&panel, u"vendorName"_s), u"Pine Labs"_s);
        const ReminderSettings saved = ReminderSettings::load(m_db->context());
        QCOMPARE(saved.thresholdDays, (QList<int>{14, 3}));
        QVERIFY(saved.emailClients);
        QCOMPARE(saved.vendorName, u"Pine Labs"_s);
        QVERIFY(message->text().contains(u"mail server"_s)); // e-mails need a server

        type(child<QLineEdit>(&panel, u"smtpHost"_s), u"127.0.0.1"_s);
        type(child<QLineEdit>(&panel, u"smtpFrom"_s), u"not an address"_s);
        QVERIFY(message->text().contains(u"not an e-mail address"_s));
        QVERIFY(!SmtpSettings::load(m_db->context()).isSet());
        auto *port = child<QSpinBox>(&panel, u"smtpPort"_s);
        port->setValue(smtp.port());
        auto *security = child<QComboBox>(&panel, u"smtpSecurity"_s);
        security->setCurrentIndex(security->findData(int(SmtpSettings::Security::None)));
        type(child<QLineEdit>(&panel, u"smtpFrom"_s), u"avisos@pinelabs.example"_s);
        const SmtpSettings server = SmtpSettings::load(m_db->context());
        QCOMPARE(server.host, u"127.0.0.1"_s);
        QCOMPARE(server.port, int(smtp.port()));
        QCOMPARE(server.security, SmtpSettings::Security::None);
        QVERIFY(server.isSet());

        child<QLineEdit>(&panel, u"testAddress"_s)->setText(u"me@pinelabs.example"_s);
        QSignalSpy finished(&panel, &RemindersPanel::testFinished);
        QTest::mouseClick(child<QPushButton>(&panel, u"sendTest"_s), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(message->text().contains(u"accepted"_s), qPrintable(message->text()));
        shoot(&panel, u"settings-reminders.png"_s);
        const QList<QJsonObject> received = smtp.messages();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first()[u"to"_s].toString(), u"me@pinelabs.example"_s);

        // The server gone: the test says why.
        smtp.stop();
        QTest::mouseClick(child<QPushButton>(&panel, u"sendTest"_s), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(message->text().contains(u"cannot be reached"_s), qPrintable(message->text()));
    }

    void theReminderIsWordedWithAPreview()
    {
        EmailTemplatesDialog dialog(context());
        dialog.show();
        QVERIFY(dialog.preview().startsWith(u"Subject: Your access to"_s));
        auto *subject = child<QLineEdit>(&dialog, u"templateSubject"_s);
        subject->setText(u"{name}, renew {products}"_s);
        QVERIFY(dialog.preview().startsWith(u"Subject: Ana Smith, renew"_s));
        subject->setText(u"Your access to {products} ends on {expiry}"_s);
        shoot(&dialog, u"email-template.png"_s);
        subject->setText(u"{name}, renew {products}"_s);
        QVERIFY(dialog.save());
        QCOMPARE(EmailTemplateStore(m_db->context())
                     .find(EmailTemplate::Kind::Reminder, u"en"_s)
                     ->subject,
                 u"{name}, renew {products}"_s);
        auto *language = child<QComboBox>(&dialog, u"templateLanguage"_s);
        language->setCurrentIndex(language->findData(u"es"_s));
        QVERIFY(subject->text().startsWith(u"Tu acceso"_s)); // Spanish keeps its own
        QVERIFY(dialog.preview().contains(u"Hola, Ana Núñez"_s));
        subject->clear();
        QVERIFY(!dialog.save());
        language->setCurrentIndex(language->findData(u"en"_s));
        dialog.resetToDefault();
        QVERIFY(subject->text().startsWith(u"Your access to"_s));
        // The other e-mails have their own wording.
        auto *kind = child<QComboBox>(&dialog, u"templateKind"_s);
        kind->setCurrentIndex(kind->findData(int(EmailTemplate::Kind::Granted)));
        QVERIFY(dialog.preview().startsWith(u"Subject: You now have access to"_s));
        kind->setCurrentIndex(kind->findData(int(EmailTemplate::Kind::Ended)));
        QVERIFY(dialog.preview().startsWith(u"Subject: Your access to"_s));
        QVERIFY(dialog.preview().contains(u"has ended"_s));
    }

    void aClientKeepsItsLanguageAndOptOut()
    {
        Client c;
        c.tvUsername = u"ana_fx"_s;
        c.email = u"ana@example.com"_s;
        const qint64 id = ClientStore(m_db->context()).create(c).value();
        ClientProfileDialog dialog(context(), id);
        dialog.show();
        QTRY_VERIFY(child<QLineEdit>(&dialog, u"email"_s)->text() == u"ana@example.com"_s);
        auto *language = child<QComboBox>(&dialog, u"language"_s);
        language->setCurrentIndex(language->findData(u"es"_s));
        child<QCheckBox>(&dialog, u"emailOptOut"_s)->setChecked(true);
        QVERIFY(dialog.save());
        const Client saved = *ClientStore(m_db->context()).byId(id);
        QCOMPARE(saved.language, u"es"_s);
        QVERIFY(saved.emailOptOut);
    }

    void theOutboxShowsWhatWasNotDelivered()
    {
        EmailOutboxStore outbox(m_db->context());
        for (const QString &to : {u"ana@example.com"_s, u"bo@example.com"_s}) {
            OutgoingEmail e;
            e.dedupKey = to;
            e.kind = u"reminder"_s;
            e.to = to;
            e.subject = u"Your access ends"_s;
            e.body = u"Hi"_s;
            e.messageId = u"<x@example.com>"_s;
            QVERIFY(outbox.enqueue(e).value());
        }
        const QList<OutgoingEmail> queued = outbox.latest(2).value();
        QVERIFY(outbox.markDead(queued.at(0).id, u"550 no such user"_s));
        QVERIFY(outbox.markSent(queued.at(1).id));

        EmailOutboxDialog dialog(context());
        QSignalSpy loaded(&dialog, &EmailOutboxDialog::loaded);
        dialog.show();
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 3)->text(), u"Not delivered"_s);
        QCOMPARE(table->item(0, 4)->text(), u"550 no such user"_s);
        QVERIFY(table->item(1, 3)->text().startsWith(u"Sent"_s));
        auto *retry = child<QPushButton>(&dialog, u"retryEmail"_s);
        table->selectRow(1);
        QVERIFY(!retry->isEnabled()); // a sent one is not sent twice
        table->selectRow(0);
        QVERIFY(retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(m_db->scalar(u"SELECT state FROM email_outbox WHERE id = :id"_s,
                              {{u":id"_s, queued.at(0).id}})
                     .toString(),
                 u"pending"_s);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(dialog.table()->item(0, 3)->text(), u"Waiting"_s);
    }

    void theTeamChannelsAreSetUpAndTested()
    {
        FakeHttpServer telegram;
        telegram.script("/bot", {{200, R"({"ok":true,"result":{"message_id":7}})", {}}});
        ChannelSettings s = ChannelSettings::load(m_db->context());
        s.telegramApi = QString::fromLatin1(telegram.url(""));
        QVERIFY(s.save(m_db->context()));
        ChannelOutboxStore outbox(m_db->context());
        ChannelMessage failed;
        failed.channel = TeamChannel::Kind::Slack;
        failed.dedupKey = u"sale:1"_s;
        failed.kind = u"sale"_s;
        failed.title = u"New sale: Ana"_s;
        failed.body = u"49.00 USD"_s;
        QVERIFY(outbox.enqueue(failed).value());
        QVERIFY(outbox.markDead(outbox.latest(1).value().first().id, u"Slack refused it"_s));

        // The keyring outlives a run: start from no secrets, as a new vendor does.
        for (const auto kind :
             {TeamChannel::Kind::Discord, TeamChannel::Kind::Slack, TeamChannel::Kind::Telegram}) {
            TeamChannelSecret secret(kind);
            bool cleared = false;
            secret.store({}, [&](const Status &done) { cleared = done.ok(); });
            QVERIFY(QTest::qWaitFor([&] { return cleared; }, 10000));
        }
        ChannelsPanel panel(context());
        QSignalSpy shown(&panel, &ChannelsPanel::outboxShown);
        panel.show();
        QVERIFY(shown.count() > 0 || shown.wait(10000));
        auto *message = child<QLabel>(&panel, u"channelsMessage"_s);
        const QString outboxLine = child<QLabel>(&panel, u"channelOutbox"_s)->text();
        QVERIFY2(outboxLine.contains(u"1 failed"_s) && outboxLine.contains(u"Slack refused it"_s),
                 qPrintable(outboxLine));

        // A Discord address that is not one is said, and kept in the field to correct.
        QLineEdit *discord = panel.secretEdit(TeamChannel::Kind::Discord);
        type(discord, u"https://example.com/hook"_s);
        QVERIFY2(message->text().contains(u"discord.com/api/webhooks"_s),
                 qPrintable(message->text()));
        QCOMPARE(discord->text(), u"https://example.com/hook"_s);
        discord->clear();

        // On, without its token yet: saved, and told what is missing.
        panel.enabledBox(TeamChannel::Kind::Telegram)->setChecked(true);
        QVERIFY2(message->text().contains(u"bot token"_s), qPrintable(message->text()));
        panel.eventBox(TeamChannel::Kind::Telegram, Notification::Kind::DeadRows)
            ->setChecked(false);
        panel.eventBox(TeamChannel::Kind::Telegram, Notification::Kind::Expiring)->setChecked(true);
        type(child<QLineEdit>(&panel, u"telegramChat"_s), u"-1009876543210"_s);
        const ChannelSettings saved = ChannelSettings::load(m_db->context());
        QVERIFY(saved.channel(TeamChannel::Kind::Telegram).enabled);
        QVERIFY(!saved.channel(TeamChannel::Kind::Discord).enabled);
        QCOMPARE(saved.telegramChatId, u"-1009876543210"_s);
        QCOMPARE(saved.listeners(Notification::Kind::Expiring),
                 QList<TeamChannel::Kind>{TeamChannel::Kind::Telegram});
        QVERIFY(saved.listeners(Notification::Kind::DeadRows).isEmpty());
        QCOMPARE(saved.listeners(Notification::Kind::Sale),
                 QList<TeamChannel::Kind>{TeamChannel::Kind::Telegram});

        // The token goes to the keychain, never to the database; the test reaches the chat.
        const QByteArray token = "123456789:AAHpanelTestTokenABCDEFGHIJKLMNOPQRS";
        QSignalSpy stored(&panel, &ChannelsPanel::secretChanged);
        type(panel.secretEdit(TeamChannel::Kind::Telegram), QString::fromLatin1(token));
        QVERIFY2(stored.count() > 0 || stored.wait(10000), qPrintable(message->text()));
        QCOMPARE(stored.first().at(1).toByteArray(), token);
        QVERIFY(panel.secretEdit(TeamChannel::Kind::Telegram)->text().isEmpty());
        QCOMPARE(
            m_db->scalar(u"SELECT COUNT(*) FROM settings WHERE value LIKE '%AAHpanel%'"_s).toInt(),
            0);
        QSignalSpy tested(&panel, &ChannelsPanel::testFinished);
        QTest::mouseClick(child<QPushButton>(&panel, u"telegramTest"_s), Qt::LeftButton);
        QVERIFY(tested.wait(30000));
        QVERIFY2(message->text().contains(u"Telegram took the test message"_s),
                 qPrintable(message->text()));
        const auto posted = telegram.requestsTo("/bot" + token + "/sendMessage");
        QCOMPARE(posted.size(), 1);
        QVERIFY(posted.first().body.contains("-1009876543210"));
        panel.resize(720, panel.sizeHint().height());
        shoot(&panel, u"settings-channels.png"_s);

        // The failed message goes again.
        QVERIFY(child<QPushButton>(&panel, u"retryChannels"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(&panel, u"retryChannels"_s), Qt::LeftButton);
        QVERIFY(message->text().contains(u"go again now"_s));
        QCOMPARE(m_db->scalar(u"SELECT state FROM channel_outbox"_s).toString(), u"pending"_s);
    }

    void theCalendarGoesOutAsIcs()
    {
        QTemporaryDir dir;
        ScriptedPrompter prompter;
        const QString path = dir.filePath(u"expiries.ics"_s);
        prompter.files.enqueue(path);
        CalendarPage page(context());
        QSignalSpy monthLoaded(&page, &CalendarPage::loaded);
        page.show();
        QVERIFY(monthLoaded.count() > 0 || monthLoaded.wait(20000));
        QSignalSpy exported(&page, &CalendarPage::exported);
        QTest::mouseClick(child<QPushButton>(&page, u"exportIcs"_s), Qt::LeftButton);
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.first().first().toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(child<QLabel>(&page, u"exportMessage"_s)->text().contains(u"expiries.ics"_s));
    }
};

QTEST_MAIN(TestRemindersPanel)
#include "tst_reminderspanel.moc"
