// The providers' adapters against deliveries signed by the providers' own SDKs
// (tests/fixtures/webhooks): the signature checks, the replay window, the event keys, and what
// each event means for the business.
#include "WebhookFixture.h"
#include "automation/Hmac.h"
#include "automation/ProviderRegistry.h"

#include <QDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace pinedesk;
using pinedesk::test::WebhookFixture;

class TestWebhooks : public QObject
{
    Q_OBJECT

    ProviderRegistry m_registry;

    ProviderAdapter::Config config(const WebhookFixture &f) const
    {
        ProviderAdapter::Config c;
        c.secret = f.secret;
        c.expectedAccount = f.account;
        return c;
    }
    const ProviderAdapter &adapter(const WebhookFixture &f) const
    {
        return *m_registry.find(f.provider);
    }
    PaymentEvent parsed(const QString &name)
    {
        const WebhookFixture f = WebhookFixture::load(name);
        const auto e = adapter(f).parse(f.request, config(f));
        if (!e)
            qWarning() << name << e.error().message();
        return e ? *e : PaymentEvent();
    }

private Q_SLOTS:
    void everyFixtureVerifies_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names =
            QDir(WebhookFixture::folder()).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 27);
        for (const QString &file : names) {
            const QString name = file.chopped(5);
            if (name == u"stripe-bad-signature"_s || name == u"gumroad-wrong-seller"_s)
                continue;
            QTest::newRow(qPrintable(name)) << name;
        }
    }
    void everyFixtureVerifies()
    {
        QFETCH(QString, name);
        const WebhookFixture f = WebhookFixture::load(name);
        QVERIFY2(!f.provider.isEmpty(), qPrintable(name));
        QVERIFY(m_registry.find(f.provider));
        const Status verified = adapter(f).verify(f.request, config(f));
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message()));
        const auto key = adapter(f).eventKey(f.request);
        QVERIFY(key);
        QVERIFY(!key->isEmpty());
        QVERIFY(adapter(f).parse(f.request, config(f)));

        // One changed byte of the body, or another secret: refused. (Gumroad signs nothing: its
        // URL token and seller id are checked in badSignatureAndWrongSellerAreRefused.)
        if (f.provider == u"gumroad"_s)
            return;
        WebhookRequest tampered = f.request;
        tampered.body[tampered.body.size() / 2] = tampered.body[tampered.body.size() / 2] ^ 1;
        QVERIFY(!adapter(f).verify(tampered, config(f)));
        ProviderAdapter::Config wrong = config(f);
        wrong.secret = "whsec_" + QByteArray("another secret").toBase64();
        QVERIFY(!adapter(f).verify(f.request, wrong));
    }

    void badSignatureAndWrongSellerAreRefused()
    {
        const WebhookFixture bad = WebhookFixture::load(u"stripe-bad-signature"_s);
        const Status s = adapter(bad).verify(bad.request, config(bad));
        QVERIFY(!s);
        QVERIFY(s.error().message().contains(u"does not match"_s));
        const WebhookFixture seller = WebhookFixture::load(u"gumroad-wrong-seller"_s);
        QVERIFY(!adapter(seller).verify(seller.request, config(seller)));
        WebhookRequest token = WebhookFixture::load(u"gumroad-sale"_s).request;
        token.pathToken = u"tok_guess"_s;
        QVERIFY(!adapter(seller).verify(token, config(seller)));
    }

    void signedTimestampsOutsideFiveMinutesAreRefused()
    {
        for (const QString &name : {u"stripe-invoice-paid"_s, u"whop-payment-succeeded"_s}) {
            WebhookFixture f = WebhookFixture::load(name);
            f.request.receivedAt = f.request.receivedAt.addSecs(300);
            QVERIFY2(adapter(f).verify(f.request, config(f)), qPrintable(name));
            f.request.receivedAt = f.request.receivedAt.addSecs(1);
            QVERIFY2(!adapter(f).verify(f.request, config(f)), qPrintable(name));
            f.request.receivedAt = f.request.receivedAt.addSecs(-602);
            QVERIFY2(!adapter(f).verify(f.request, config(f)), qPrintable(name));
        }
    }

    void unsignedHeadersCannotChangeWhatAnEventMeans()
    {
        // Lemon Squeezy's event name is in the signed body; a header that disagrees is refused.
        WebhookFixture lemon = WebhookFixture::load(u"lemonsqueezy-subscription-created"_s);
        lemon.request.headers.insert("x-event-name", "subscription_expired");
        QVERIFY(adapter(lemon).verify(lemon.request, config(lemon))); // the body is intact
        QVERIFY(!adapter(lemon).eventKey(lemon.request));
        // A paid Shopify order relabelled as cancelled ends nothing.
        WebhookFixture shop = WebhookFixture::load(u"shopify-order-paid"_s);
        shop.request.headers.insert("x-shopify-topic", "orders/cancelled");
        QCOMPARE(adapter(shop).parse(shop.request, config(shop))->kind,
                 PaymentEvent::Kind::Ignored);
        // Patreon's event header does not take part in the key.
        WebhookFixture patron = WebhookFixture::load(u"patreon-member-create"_s);
        const QString key = adapter(patron).eventKey(patron.request).value();
        patron.request.headers.insert("x-patreon-event", "members:delete");
        QCOMPARE(adapter(patron).eventKey(patron.request).value(), key);
        QCOMPARE(adapter(patron).parse(patron.request, config(patron))->kind,
                 PaymentEvent::Kind::Paid);
    }

    void gumroadTestPingsGrantNothing()
    {
        WebhookFixture f = WebhookFixture::load(u"gumroad-sale"_s);
        f.request.body.replace("test=false", "test=true");
        QVERIFY(adapter(f).verify(f.request, config(f)));
        QCOMPARE(adapter(f).parse(f.request, config(f))->kind, PaymentEvent::Kind::Ignored);
    }

    void whopAcceptsTheRawSecretForm()
    {
        // Whop's SDK passes its secret base64-encoded: the effective key is the raw bytes.
        WebhookFixture f = WebhookFixture::load(u"whop-payment-succeeded"_s);
        ProviderAdapter::Config raw = config(f);
        raw.secret = QByteArray::fromBase64(f.secret.mid(6));
        QCOMPARE(raw.secret, QByteArray("pinedesk-whop-test-key-32-bytes!"));
        QVERIFY(adapter(f).verify(f.request, raw));
    }

    void constantTimeCompare()
    {
        QVERIFY(Hmac::equal("abc", "abc"));
        QVERIFY(!Hmac::equal("abc", "abd"));
        QVERIFY(!Hmac::equal("abc", "ab"));
        QVERIFY(Hmac::equal("", ""));
    }

    void stripeEvents()
    {
        const PaymentEvent pay = parsed(u"stripe-checkout-payment"_s);
        QCOMPARE(pay.kind, PaymentEvent::Kind::Paid);
        QCOMPARE(pay.tvUsername, u"alice_trader"_s);
        QCOMPARE(pay.paymentRef, u"cs_test_pay1"_s);
        QCOMPARE(pay.otherRefs, QStringList{u"pi_Alice1"_s});
        QCOMPARE(pay.productRefs.value(0), u"plink_Lifetime1"_s);
        QCOMPARE(pay.amount, Money(19900, u"USD"_s));
        QCOMPARE(pay.customerRef, u"cus_Alice1"_s);

        const PaymentEvent sub = parsed(u"stripe-checkout-subscription"_s);
        QCOMPARE(sub.kind, PaymentEvent::Kind::Linked); // the label names the field
        QCOMPARE(sub.tvUsername, u"Bob_Pine"_s);
        QCOMPARE(sub.customerRef, u"cus_Bob1"_s);

        const PaymentEvent invoice = parsed(u"stripe-invoice-paid"_s);
        QCOMPARE(invoice.kind, PaymentEvent::Kind::Paid);
        QVERIFY(invoice.tvUsername.isEmpty());
        QCOMPARE(invoice.productRefs, (QStringList{u"price_Monthly1"_s, u"prod_Signals"_s}));
        QCOMPARE(invoice.periodEnd.toSecsSinceEpoch(), 1796600000 - 20 + 2592000);
        QCOMPARE(invoice.otherRefs, (QStringList{u"pi_Bob1"_s, u"ch_Bob1"_s}));

        QCOMPARE(parsed(u"stripe-invoice-failed"_s).kind, PaymentEvent::Kind::Failed);
        const PaymentEvent cancel = parsed(u"stripe-subscription-cancel"_s);
        QCOMPARE(cancel.kind, PaymentEvent::Kind::CancelAtPeriodEnd);
        QCOMPARE(cancel.periodEnd.toSecsSinceEpoch(), 1796600000 + 2591980);
        QCOMPARE(parsed(u"stripe-subscription-deleted"_s).kind, PaymentEvent::Kind::Ended);
        const PaymentEvent partial = parsed(u"stripe-charge-partial-refund"_s);
        QCOMPARE(partial.kind, PaymentEvent::Kind::Refunded);
        QVERIFY(partial.refundIsTotal);
        QCOMPARE(partial.amount.minorUnits(), 5000);
        QCOMPARE(parsed(u"stripe-dispute"_s).paymentRef, u"ch_Bob1"_s);
        QVERIFY(parsed(u"stripe-checkout-no-username"_s).tvUsername.isEmpty());
        const PaymentEvent deleted = parsed(u"stripe-subscription-deleted"_s);
        QCOMPARE(deleted.occurredAt.toSecsSinceEpoch(), 1796600000); // the event's own time
    }

    // API versions from 2025-03-31 moved the invoice's subscription, prices and payment.
    void stripeNewerApiVersions()
    {
        const PaymentEvent invoice = parsed(u"stripe-basil-invoice-paid"_s);
        QCOMPARE(invoice.kind, PaymentEvent::Kind::Paid);
        QCOMPARE(invoice.subscriptionRef, u"sub_Bob1"_s);
        QCOMPARE(invoice.customerRef, u"cus_Bob1"_s);
        QCOMPARE(invoice.productRefs, (QStringList{u"price_Monthly1"_s, u"prod_Signals"_s}));
        QCOMPARE(invoice.periodEnd.toSecsSinceEpoch(), 1796600000 + 5183980);
        QCOMPARE(invoice.amount, Money(4900, u"USD"_s));
        QVERIFY(invoice.otherRefs.isEmpty());

        const PaymentEvent paidBy = parsed(u"stripe-basil-invoice-payment"_s);
        QCOMPARE(paidBy.kind, PaymentEvent::Kind::PaymentIds);
        QCOMPARE(paidBy.paymentRef, u"in_BobB1"_s);
        QCOMPARE(paidBy.otherRefs.value(0), u"pi_BobB1"_s);

        const PaymentEvent refund = parsed(u"stripe-basil-charge-refunded"_s);
        QCOMPARE(refund.kind, PaymentEvent::Kind::Refunded);
        QVERIFY(refund.paymentRef == u"ch_BobB1"_s || refund.otherRefs.contains(u"pi_BobB1"_s));
    }

    void otherProvidersEvents()
    {
        const PaymentEvent whop = parsed(u"whop-payment-succeeded"_s);
        QCOMPARE(whop.kind, PaymentEvent::Kind::Paid);
        QCOMPARE(whop.tvUsername, u"DanCharts"_s); // not the Whop username "dan_whop"
        QCOMPARE(whop.amount, Money(2900, u"USD"_s));
        QCOMPARE(whop.productRefs.value(0), u"plan_WhopMonthly"_s);
        QCOMPARE(parsed(u"whop-refund"_s).paymentRef, u"pay_Dan1"_s);
        QCOMPARE(parsed(u"whop-membership-deactivated"_s).kind, PaymentEvent::Kind::Ended);

        const PaymentEvent gumroad = parsed(u"gumroad-sale"_s);
        QCOMPARE(gumroad.kind, PaymentEvent::Kind::Paid);
        QCOMPARE(gumroad.tvUsername, u"hank_trades"_s);
        QCOMPARE(gumroad.fullName, u"Hank G"_s);
        QCOMPARE(gumroad.email, u"hank@example.com"_s);
        QCOMPARE(gumroad.paymentRef, u"Wx1Sale=="_s);
        QCOMPARE(gumroad.amount, Money(2500, u"USD"_s));
        QCOMPARE(gumroad.paidAt, QDateTime(QDate(2026, 12, 5), QTime(15, 4, 5), QTimeZone::utc()));
        QCOMPARE(parsed(u"gumroad-refund"_s).kind, PaymentEvent::Kind::Refunded);
        const WebhookFixture sale = WebhookFixture::load(u"gumroad-sale"_s);
        const WebhookFixture refund = WebhookFixture::load(u"gumroad-refund"_s);
        QVERIFY(adapter(sale).eventKey(sale.request).value() !=
                adapter(refund).eventKey(refund.request).value());

        const PaymentEvent shopify = parsed(u"shopify-order-paid"_s);
        QCOMPARE(shopify.tvUsername, u"erin_fx"_s);
        QCOMPARE(shopify.fullName, u"Erín Núñez"_s);
        QCOMPARE(shopify.amount, Money(3900, u"EUR"_s));
        QCOMPARE(shopify.productRefs.value(0), u"9900000001"_s);
        const PaymentEvent shopRefund = parsed(u"shopify-refund"_s);
        QCOMPARE(shopRefund.kind, PaymentEvent::Kind::Refunded);
        QCOMPARE(shopRefund.paymentRef, u"5500000001"_s);
        QCOMPARE(shopRefund.amount, Money(3900, u"EUR"_s));

        const PaymentEvent lemon = parsed(u"lemonsqueezy-order-created"_s);
        QCOMPARE(lemon.kind, PaymentEvent::Kind::Paid);
        QCOMPARE(lemon.tvUsername, u"frank.pine"_s);
        QCOMPARE(lemon.paymentRef, u"order-1001"_s);
        QCOMPARE(lemon.productRefs, (QStringList{u"401"_s, u"301"_s}));
        const PaymentEvent ends = parsed(u"lemonsqueezy-subscription-cancelled"_s);
        QCOMPARE(ends.kind, PaymentEvent::Kind::CancelAtPeriodEnd);
        QCOMPARE(ends.periodEnd, QDateTime(QDate(2027, 12, 5), QTime(12, 0), QTimeZone::utc()));
        QCOMPARE(ends.otherRefs, QStringList{u"order-1001"_s});

        const PaymentEvent patron = parsed(u"patreon-member-create"_s);
        QCOMPARE(patron.kind, PaymentEvent::Kind::Paid);
        QCOMPARE(patron.email, u"gina@example.com"_s);
        QCOMPARE(patron.productRefs, QStringList{u"9001"_s});
        QVERIFY(patron.periodEnd.isValid());
        QCOMPARE(patron.amount, Money(1500, u"USD"_s)); // no campaign included: USD
        // The included campaign says the currency its amounts are in.
        QCOMPARE(parsed(u"patreon-member-eur"_s).amount, Money(1200, u"EUR"_s));
        QCOMPARE(parsed(u"patreon-member-former"_s).kind, PaymentEvent::Kind::Ended);
    }
};

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
