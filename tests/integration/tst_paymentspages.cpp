// The Payments and Automation pages as a vendor uses them: record a PayPal payment that grants
// its plan through the queue, find it, export what is shown; read the webhook inbox, fix a
// username and ignore an event.
#include "AutomationPage.h"
#include "PaymentDialog.h"
#include "PaymentsPage.h"
#include "ProductsPanel.h"
#include "ScriptedPrompter.h"
#include "TestDatabase.h"
#include "automation/Hmac.h"
#include "automation/WebhookHost.h"
#include "domain/Plan.h"
#include "items/PaymentTableModel.h"
#include "items/WebhookEventModel.h"
#include "payments/PaymentSettings.h"
#include "settings/AppSettings.h"
#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "store/PlanStore.h"
#include "store/WebhookEventStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace pinedesk;
using pinedesk::test::ScriptedPrompter;
using pinedesk::test::TestDatabase;

class TestPaymentsPages : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_plan = 0;

    ConsoleContext context() { return {m_db->database(), m_db->clock(), u"gui:test"_s}; }
    QVariant sql(const QString &query) { return m_db->scalar(query); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_db->isOpen());
        m_db->clock().set(QDateTime(QDate(2026, 12, 7), QTime(10, 0), QTimeZone::utc()));
        Indicator indicator;
        indicator.pineId = u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s;
        indicator.name = u"Signals"_s;
        Plan plan;
        plan.name = u"Monthly"_s;
        plan.duration = Duration::months(1);
        plan.price = Money(4900, u"USD"_s);
        plan.indicatorIds = {IndicatorStore(m_db->context()).create(indicator).value()};
        m_plan = PlanStore(m_db->context()).create(plan).value();
        QVERIFY(ClientStore(m_db->context()).create({0, u"paypal_pete"_s}));
    }

    void aPaymentByHandGrantsItsPlanAndIsListed()
    {
        PaymentsPage page(context());
        page.show();
        QTRY_VERIFY(!page.isLoading());
        QVERIFY(page.message().contains(u"No payments"_s));

        PaymentDialog dialog(context(), std::nullopt, u"nobody"_s);
        dialog.findChild<QLineEdit *>(u"paymentAmount"_s)->setText(u"49"_s);
        auto *plan = dialog.findChild<QComboBox *>(u"paymentPlan"_s);
        plan->setCurrentIndex(plan->findData(m_plan));
        dialog.findChild<QComboBox *>(u"paymentMethod"_s)->setCurrentText(u"PayPal"_s);
        dialog.findChild<QLineEdit *>(u"paymentReference"_s)->setText(u"PP-1"_s);
        dialog.accept();
        QVERIFY(dialog.errorMessage().contains(u"nobody"_s)); // no such client: stays open
        QCOMPARE(sql(u"SELECT COUNT(*) FROM payments"_s).toInt(), 0);
        dialog.findChild<QLineEdit *>(u"paymentAmount"_s)->setText(u"4x"_s);
        dialog.findChild<QLineEdit *>(u"paymentClient"_s)->setText(u"paypal_pete"_s);
        dialog.accept();
        QVERIFY(!dialog.errorMessage().isEmpty()); // not an amount
        dialog.findChild<QLineEdit *>(u"paymentAmount"_s)->setText(u"49"_s);
        QSignalSpy saved(&dialog, &PaymentDialog::saved);
        dialog.accept();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(
            sql(u"SELECT amount_minor || currency || status || method FROM payments"_s).toString(),
            u"4900USDpaidPayPal"_s);
        // Granted through the queue, for a month.
        QCOMPARE(sql(u"SELECT COUNT(*) FROM sync_queue"_s).toInt(), 1);
        QCOMPARE(sql(u"SELECT substr(expires_at, 1, 10) FROM accesses"_s).toString(),
                 u"2027-01-07"_s);
        // The same reference again is refused, not counted twice.
        PaymentDialog twice(context(), std::nullopt, u"paypal_pete"_s);
        twice.findChild<QLineEdit *>(u"paymentAmount"_s)->setText(u"49"_s);
        auto *again = twice.findChild<QComboBox *>(u"paymentPlan"_s);
        again->setCurrentIndex(again->findData(m_plan));
        twice.findChild<QLineEdit *>(u"paymentReference"_s)->setText(u"PP-1"_s);
        twice.accept();
        QVERIFY(twice.errorMessage().contains(u"already"_s));
        QCOMPARE(sql(u"SELECT COUNT(*) FROM payments"_s).toInt(), 1);

        page.reload();
        QTRY_VERIFY(!page.isLoading());
        QCOMPARE(page.model()->rowCount(), 1);
        QVERIFY(page.totalsText().contains(u"49"_s));
        QCOMPARE(page.model()->index(0, PaymentTableModel::Status).data().toString(), u"Paid"_s);
        page.setSearchText(u"PP-2"_s);
        QTRY_VERIFY(!page.isLoading());
        QCOMPARE(page.model()->rowCount(), 0);
        page.setSearchText(u"pete"_s);
        QTRY_VERIFY(!page.isLoading());
        QCOMPARE(page.model()->rowCount(), 1);

        const QString path = m_db->dir() + u"/payments.csv"_s;
        QSignalSpy exported(&page, &PaymentsPage::exported);
        page.exportTo(path);
        QTRY_COMPARE(exported.size(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY(csv.contains(u"paypal_pete"_s));
        QVERIFY(csv.contains(u"49.00,USD,paid"_s));
    }

    void productsAreMappedAndPaymentRulesSet()
    {
        ProductsPanel panel(context());
        QTRY_VERIFY(!panel.isLoading());
        QCOMPARE(panel.mappingCount(), 0);
        auto *provider = panel.findChild<QComboBox *>(u"mappingProvider"_s);
        provider->setCurrentIndex(provider->findData(u"gumroad"_s));
        panel.addMapping(); // no product id yet
        QVERIFY(panel.message().contains(u"product id"_s));
        panel.findChild<QLineEdit *>(u"mappingProduct"_s)->setText(u"gumProd123"_s);
        panel.addMapping();
        QTRY_COMPARE(panel.mappingCount(), 1);
        QCOMPARE(sql(u"SELECT provider || ':' || product_id || ':' || plan_id FROM "
                     "product_plans"_s)
                     .toString(),
                 u"gumroad:gumProd123:%1"_s.arg(m_plan));
        auto *table = panel.findChild<QTableWidget *>(u"productMappings"_s);
        table->selectRow(0);
        panel.removeSelected();
        QTRY_COMPARE(panel.mappingCount(), 0);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM product_plans"_s).toInt(), 0);

        panel.findChild<QSpinBox *>(u"graceDays"_s)->setValue(7);
        auto *refund = panel.findChild<QComboBox *>(u"refundAction"_s);
        refund->setCurrentIndex(1);
        const PaymentSettings saved = PaymentSettings::load(m_db->context());
        QCOMPARE(saved.graceDays, 7);
        QCOMPARE(saved.refundAction, PaymentSettings::RefundAction::AtPeriodEnd);
    }

    void theWindowReceivesWebhooksWhenAsked()
    {
        qputenv("PINEDESK_WEBHOOK_SECRET_STRIPE", "whsec_window");
        m_db->clock().set(QDateTime::currentDateTimeUtc()); // the signature is made now
        QSettings().clear(); // XDG_CONFIG_HOME is the test's own folder
        AppSettings settings;
        WebhookHost host(m_db->context(u"webhooks"_s));
        AutomationPage page(context());
        page.setHost(&host, &settings);
        page.findChild<QLineEdit *>(u"webhookListen"_s)->setText(u"127.0.0.1:0"_s);
        page.findChild<QCheckBox *>(u"receiveWebhooks"_s)->setChecked(true);
        QTRY_VERIFY(host.isRunning());
        QVERIFY(page.receiverStatus().contains(u"Receiving webhooks"_s));
        QVERIFY(settings.receiveWebhooks());

        const QByteArray body = R"({"id":"evt_w1","type":"customer.created","data":{"object":{}}})";
        const QByteArray t = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/webhooks/stripe"_s.arg(host.port())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader(
            "Stripe-Signature",
            "t=" + t + ",v1=" +
                Hmac::sign(QCryptographicHash::Sha256, "whsec_window", QByteArray(t + '.' + body))
                    .toHex());
        QNetworkAccessManager network;
        QNetworkReply *reply = network.post(request, body);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        // Applied by the receiver's processor: an event PineDesk does not act on is ignored.
        QTRY_COMPARE(sql(u"SELECT state FROM webhook_events"_s).toString(), u"ignored"_s);

        page.findChild<QCheckBox *>(u"receiveWebhooks"_s)->setChecked(false);
        QVERIFY(!host.isRunning());
        QVERIFY(!settings.receiveWebhooks());
        qunsetenv("PINEDESK_WEBHOOK_SECRET_STRIPE");
    }

    void theInboxIsReadAndFixed()
    {
        WebhookEventStore inbox(m_db->context());
        WebhookEvent e;
        e.provider = u"stripe"_s;
        e.eventKey = u"evt_1"_s;
        e.eventType = u"checkout.session.completed"_s;
        e.contentType = u"application/json"_s;
        e.payload = R"({"id":"evt_1","data":{"object":{"amount_total":4900}}})";
        const qint64 id = inbox.receive(e).value().id;
        WebhookEventStore::Outcome attention;
        attention.state = WebhookEventState::NeedsAttention;
        attention.reason = u"TradingView has no user called \"pete_typo\"."_s;
        attention.tvUsername = u"pete_typo"_s;
        QVERIFY(inbox.finish(id, attention));

        ScriptedPrompter prompter;
        AutomationPage page(context());
        page.show();
        QTRY_VERIFY(!page.isLoading());
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, WebhookEventModel::State).data().toString(),
                 u"Needs attention"_s);
        QVERIFY(page.select(id));
        QVERIFY(page.payloadText().contains(u"\"amount_total\": 4900"_s)); // indented JSON

        prompter.texts.enqueue(u"not a user!"_s);
        page.fixUsername();
        QCOMPARE(prompter.warnings.size(), 1); // refused, nothing changed
        QCOMPARE(sql(u"SELECT state FROM webhook_events"_s).toString(), u"needs_attention"_s);
        prompter.texts.enqueue(u"paypal_pete"_s);
        page.fixUsername();
        QCOMPARE(sql(u"SELECT state || ':' || fixed_username FROM webhook_events"_s).toString(),
                 u"pending:paypal_pete"_s);
        QTRY_VERIFY(!page.isLoading());
        QVERIFY(page.select(id));
        page.ignoreSelected();
        QCOMPARE(sql(u"SELECT state FROM webhook_events"_s).toString(), u"ignored"_s);
        QVERIFY(sql(u"SELECT reason FROM webhook_events"_s).toString().contains(u"gui:test"_s));
    }
};

QTEST_MAIN(TestPaymentsPages)
#include "tst_paymentspages.moc"
