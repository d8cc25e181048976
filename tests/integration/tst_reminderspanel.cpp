// Settings › Reminders and e-mail as the vendor uses it: the reminder days and the mail server
// are saved as typed (bad values said, not saved), the test e-mail reaches a real SMTP server
// from a worker, the reminder's wording is edited with a live preview; a client's e-mail
// language and opt-out are kept; and the expiry calendar goes out as .ics.
#include "CalendarPage.h"
#include "ClientProfileDialog.h"
#include "EmailTemplatesDialog.h"
#include "RemindersPanel.h"
#include "ScriptedPrompter.h"
#include "SmtpFixture.h"
#include "TestDatabase.h"
#include "mail/SmtpSettings.h"
#include "reminders/ReminderSettings.h"
#include "settings/AppSettings.h"
#include "store/ClientStore.h"
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

    void theCalendarGoesOutAsIcs()
    {
        QTemporaryDir dir;
        ScriptedPrompter prompter;
        const QString path = dir.filePath(u"expiries.ics"_s);
        prompter.files.enqueue(path);
        CalendarPage page(context());
        page.show();
        QSignalSpy exported(&page, &CalendarPage::exported);
        QTest::mouseClick(child<QPushButton>(&page, u"exportIcs"_s), Qt::LeftButton);
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.first().first().toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(child<QLabel>(&page, u"calendarMessage"_s)->text().contains(u"expiries.ics"_s));
    }
};

QTEST_MAIN(TestRemindersPanel)
#include "tst_reminderspanel.moc"
