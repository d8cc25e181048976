// Money in, access out: signed provider events go through the intake (verification, the inbox,
// redelivery) and PaymentRule (payment, access through the outbox, refunds, cancellations).
#include "TestDatabase.h"
#include "WebhookFixture.h"
#include "automation/EventProcessor.h"
#include "automation/ProviderRegistry.h"
#include "automation/WebhookIntake.h"
#include "domain/Plan.h"
#include "payments/PaymentRule.h"
#include "payments/PaymentSettings.h"
#include "store/IndicatorStore.h"
#include "store/PaymentStore.h"
#include "store/PlanStore.h"
#include "store/ProductMapStore.h"
#include "store/WebhookEventStore.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace pinedesk;
using pinedesk::test::TestDatabase;
using pinedesk::test::WebhookFixture;

class TestPaymentFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    ProviderRegistry m_registry;
    QMap<QString, ProviderAdapter::Config> m_configs;
    std::unique_ptr<WebhookIntake> m_intake;
    std::unique_ptr<EventProcessor> m_processor;
    qint64 m_monthly = 0;
    qint64 m_lifetime = 0;
    bool m_settled = false; // the last delivery was fully processed

    qint64 plan(const QString &name, const Duration &duration, const QStringList &pineIds)
    {
        Plan p;
        p.name = name;
        p.duration = duration;
        p.price = Money(4900, u"USD"_s);
        for (const QString &pine : pineIds) {
            Indicator indicator;
            indicator.pineId = pine;
            indicator.name = pine.mid(4);
            const auto known = IndicatorStore(m_db->context()).findByPineId(pine).value();
            p.indicatorIds.append(
                known ? known->id : IndicatorStore(m_db->context()).create(indicator).value());
        }
        return PlanStore(m_db->context()).create(p).value();
    }

    // Delivers a fixture at its signing time and waits until the processor is done with it.
    WebhookIntake::Answer deliver(const QString &name)
    {
        const WebhookFixture f = WebhookFixture::load(name);
        m_db->clock().set(f.request.receivedAt);
        const auto answer = m_intake->receive(f.request);
        m_processor->kick();
        m_settled = QTest::qWaitFor([this] {
            const auto due = WebhookEventStore(m_db->context()).due(1);
            if (!due)
                qWarning() << due.error().message() << due.error().detail();
            return m_processor->isIdle() && due && due->isEmpty();
        });
        if (!m_settled)
            qWarning() << name << "was not processed in time";
        return answer;
    }
    WebhookEvent event(qint64 id)
    {
        const auto found = WebhookEventStore(m_db->context()).findById(id);
        if (!found || !*found) {
            qWarning() << "event" << id << (found ? u"missing"_s : found.error().message());
            return {};
        }
        return **found;
    }
    QVariant sql(const QString &query) { return m_db->scalar(query); }
    QString expiry(const QString &user, const QString &pine)
    {
        return sql(uR"(SELECT COALESCE(a.expires_at, 'lifetime') || ' ' || a.intended_state
            FROM accesses a JOIN clients c ON c.id = a.client_id
            JOIN indicators i ON i.id = a.indicator_id
            WHERE c.tv_username = '%1' AND i.pine_id = '%2')"_s.arg(user, pine))
            .toString();
    }
    static QString dayEnd(qint64 unixSeconds, int plusDays)
    {
        const QDate day =
            QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone::utc()).date().addDays(plusDays);
        return day.toString(Qt::ISODate);
    }

private Q_SLOTS:
    void cleanup() { QVERIFY2(m_settled, "a delivery was still being processed"); }
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_configs.clear();
        for (const QString &name : m_registry.names()) {
            const WebhookFixture any = WebhookFixture::load(
                name == u"gumroad"_s ? u"gumroad-sale"_s
                                     : (name == u"lemonsqueezy"_s ? u"lemonsqueezy-order-created"_s
                                        : name == u"shopify"_s    ? u"shopify-order-paid"_s
                                        : name == u"patreon"_s    ? u"patreon-member-create"_s
                                        : name == u"whop"_s       ? u"whop-refund"_s
                                                                  : u"stripe-invoice-paid"_s));
            m_configs.insert(name, {any.secret, {}, any.account, 300});
        }
        m_intake =
            std::make_unique<WebhookIntake>(m_db->context(u"webhook"_s), m_registry, m_configs);
        m_processor =
            std::make_unique<EventProcessor>(m_db->context(u"webhook"_s), m_registry, m_configs);
        m_monthly = plan(u"Signals monthly"_s, Duration::months(1),
                         {u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s});
        m_lifetime = plan(
            u"Lifetime"_s, Duration::lifetime(),
            {u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s, u"PUB;7c2d9e0f1a2b3c4d5e6f708192a3b4c5"_s});
        ProductMapStore products(m_db->context());
        QVERIFY(products.map(u"stripe"_s, u"price_Monthly1"_s, m_monthly));
        QVERIFY(products.map(u"stripe"_s, u"plink_Lifetime1"_s, m_lifetime));
    }

    void aSaleGrantsTheMappedPlanOnce()
    {
        const auto first = deliver(u"stripe-checkout-payment"_s);
        QCOMPARE(first.httpStatus, 200);
        QVERIFY(first.newEvent);
        QCOMPARE(event(first.eventId).state, WebhookEventState::Applied);
        QCOMPARE(expiry(u"alice_trader"_s, u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s),
                 u"lifetime granted"_s);
        QCOMPARE(expiry(u"alice_trader"_s, u"PUB;7c2d9e0f1a2b3c4d5e6f708192a3b4c5"_s),
                 u"lifetime granted"_s);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM payments"_s).toInt(), 1);
        QCOMPARE(sql(u"SELECT amount_minor || currency || status FROM payments"_s).toString(),
                 u"19900USDpaid"_s);
        const int queued = sql(u"SELECT COUNT(*) FROM sync_queue"_s).toInt();
        QCOMPARE(queued, 2);

        // Stripe delivers it again: one payment, no new change queued, answered 200.
        const auto again = deliver(u"stripe-checkout-payment"_s);
        QCOMPARE(again.httpStatus, 200);
        QVERIFY(!again.newEvent);
        QCOMPARE(event(again.eventId).state, WebhookEventState::Duplicate);
        QCOMPARE(event(again.eventId).duplicateOf, first.eventId);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM payments"_s).toInt(), 1);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM sync_queue"_s).toInt(), queued);

        // The vendor heard of the sale once, with who paid, what and how much.
        QCOMPARE(sql(u"SELECT COUNT(*) FROM notifications WHERE kind = 'sale'"_s).toInt(), 1);
        const QString args =
            sql(u"SELECT args FROM notifications WHERE kind = 'sale'"_s).toString();
        QVERIFY2(args.contains(u"alice_trader"_s) && args.contains(u"Lifetime"_s) &&
                     args.contains(u"19900"_s) && args.contains(u"USD"_s),
                 qPrintable(args));
    }

    void aFailedChargeIsToldOnce()
    {
        deliver(u"stripe-checkout-subscription"_s);
        deliver(u"stripe-invoice-failed"_s);
        deliver(u"stripe-invoice-failed"_s);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM payments WHERE status = 'failed'"_s).toInt(), 1);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM notifications WHERE kind = 'payment_failed'"_s).toInt(),
                 1);
    }

    void aSubscriptionRunsToItsPaidPeriodPlusGrace()
    {
        // The invoice may come before the checkout that says who the customer is.
        const auto invoice = deliver(u"stripe-invoice-paid"_s);
        QCOMPARE(event(invoice.eventId).state, WebhookEventState::NeedsAttention);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM payments"_s).toInt(), 0);
        const auto checkout = deliver(u"stripe-checkout-subscription"_s);
        QCOMPARE(event(checkout.eventId).state, WebhookEventState::Applied);
        QCOMPARE(event(invoice.eventId).state, WebhookEventState::Applied); // applied once linked
        const QString firstEnd = dayEnd(1796600000 - 20 + 2592000, 3);
        QVERIFY2(
            expiry(u"Bob_Pine"_s, u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s).startsWith(firstEnd),
            qPrintable(expiry(u"Bob_Pine"_s, u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s)));

        // The renewal moves the end to the new period's end (plus grace), not one more month.
        deliver(u"stripe-invoice-renewal"_s);
        deliver(u"stripe-invoice-renewal"_s);
        QVERIFY(expiry(u"Bob_Pine"_s, u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s)
                    .startsWith(dayEnd(1796600000 + 5183980, 3)));
        QCOMPARE(sql(u"SELECT COUNT(*) FROM payments WHERE status = 'paid'"_s).toInt(), 2);

        // A failed charge is recorded and changes nothing.
        deliver(u"stripe-invoice-failed"_s);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM payments WHERE status = 'failed'"_s).toInt(), 1);
        QVERIFY(expiry(u"Bob_Pine"_s, u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s)
                    .startsWith(dayEnd(1796600000 + 5183980, 3)));

        // Cancelled at period end, delivered after the renewal it predates: access ends with
        // the latest paid period (its grace dropped), not the older one the event names.
        const auto cancel = deliver(u"stripe-subscription-cancel"_s);
        QCOMPARE(event(cancel.eventId).state, WebhookEventState::Applied);
        QVERIFY2(expiry(u"Bob_Pine"_s, u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s)
                     .startsWith(dayEnd(1796600000 + 5183980, 0)),
                 qPrintable(expiry(u"Bob_Pine"_s, u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s)));

        // A dispute on the first charge: the renewal paid for the access now, so it stays.
        const auto dispute = deliver(u"stripe-dispute"_s);
        QCOMPARE(event(dispute.eventId).state, WebhookEventState::Applied);
        QVERIFY(expiry(u"Bob_Pine"_s, u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s)
                    .endsWith(u"granted"_s));
        QVERIFY(event(dispute.eventId).reason.contains(u"later payment"_s));
        // Ended: revoked now.
        deliver(u"stripe-subscription-deleted"_s);
        QVERIFY(expiry(u"Bob_Pine"_s, u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s)
                    .endsWith(u"revoked"_s));
        QCOMPARE(sql(u"SELECT status FROM payments WHERE reference = 'in_Bob1'"_s).toString(),
                 u"disputed"_s);
    }

    void refundsFollowTheSetting()
    {
        deliver(u"stripe-checkout-payment"_s);
        const auto partial = deliver(u"stripe-charge-partial-refund"_s);
        QCOMPARE(event(partial.eventId).state, WebhookEventState::Applied);
        QCOMPARE(sql(u"SELECT status || refunded_minor FROM payments"_s).toString(),
                 u"partially_refunded5000"_s);
        QCOMPARE(expiry(u"alice_trader"_s, u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s),
                 u"lifetime granted"_s);
        deliver(u"stripe-charge-refunded"_s);
        QCOMPARE(sql(u"SELECT status || refunded_minor FROM payments"_s).toString(),
                 u"refunded19900"_s);
        QCOMPARE(expiry(u"alice_trader"_s, u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s),
                 u"lifetime revoked"_s);
        // Revenue counts what was kept.
        QCOMPARE(PaymentStore(m_db->context()).totalsForClient(1).value(u"USD"_s), 0);
    }

    // Stripe's API versions from 2025-03-31: the subscription and the price sit elsewhere on the
    // invoice, and a refund names only the payment intent that invoice_payment.paid tied to it.
    void stripeNewerApiVersionsGrantAndRefund()
    {
        const QString pine = u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s;
        deliver(u"stripe-checkout-subscription"_s);
        const auto paid = deliver(u"stripe-basil-invoice-paid"_s);
        QCOMPARE(event(paid.eventId).state, WebhookEventState::Applied);
        QVERIFY(expiry(u"Bob_Pine"_s, pine).startsWith(dayEnd(1796600000 + 5183980, 3)));
        QCOMPARE(sql(u"SELECT subscription_ref FROM payments"_s).toString(), u"sub_Bob1"_s);

        const auto paidBy = deliver(u"stripe-basil-invoice-payment"_s);
        QCOMPARE(event(paidBy.eventId).state, WebhookEventState::Applied);
        const auto refund = deliver(u"stripe-basil-charge-refunded"_s);
        QCOMPARE(event(refund.eventId).state, WebhookEventState::Applied);
        QCOMPARE(sql(u"SELECT reference || ' ' || status FROM payments"_s).toString(),
                 u"in_BobB1 refunded"_s);
        QVERIFY(expiry(u"Bob_Pine"_s, pine).endsWith(u"revoked"_s));
    }

    // Providers do not keep order: a payment delivered after the end of its subscription, which
    // it precedes, is recorded but does not grant again.
    void aPaymentDeliveredAfterTheEndDoesNotGrantAgain()
    {
        const QString pine = u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s;
        deliver(u"stripe-checkout-subscription"_s);
        deliver(u"stripe-invoice-paid"_s);
        deliver(u"stripe-subscription-deleted"_s);
        QVERIFY(expiry(u"Bob_Pine"_s, pine).endsWith(u"revoked"_s));
        const auto late = deliver(u"stripe-invoice-renewal"_s);
        QCOMPARE(event(late.eventId).state, WebhookEventState::Applied);
        QVERIFY2(event(late.eventId).reason.contains(u"already ended"_s),
                 qPrintable(event(late.eventId).reason));
        QCOMPARE(sql(u"SELECT COUNT(*) FROM payments WHERE status = 'paid'"_s).toInt(), 2);
        QVERIFY(expiry(u"Bob_Pine"_s, pine).endsWith(u"revoked"_s));
    }

    // After a cancellation at period end, a late payment runs no further than that end.
    void aPaymentDeliveredAfterACancellationStopsAtItsEnd()
    {
        const QString pine = u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s;
        deliver(u"stripe-checkout-subscription"_s);
        deliver(u"stripe-invoice-paid"_s);
        deliver(u"stripe-subscription-cancel"_s);
        const QString cut = dayEnd(1796600000 + 2591980, 0);
        QVERIFY(expiry(u"Bob_Pine"_s, pine).startsWith(cut));
        const auto late = deliver(u"stripe-invoice-renewal"_s);
        QCOMPARE(event(late.eventId).state, WebhookEventState::Applied);
        QVERIFY2(event(late.eventId).reason.contains(u"cancelled"_s),
                 qPrintable(event(late.eventId).reason));
        QVERIFY2(expiry(u"Bob_Pine"_s, pine).startsWith(cut),
                 qPrintable(expiry(u"Bob_Pine"_s, pine)));
    }

    void eventsWithoutATrustedNameOrPlanWaitForTheVendor()
    {
        const auto noName = deliver(u"stripe-checkout-no-username"_s);
        QCOMPARE(event(noName.eventId).state, WebhookEventState::NeedsAttention);
        QVERIFY(event(noName.eventId).reason.contains(u"no TradingView username"_s));
        QCOMPARE(sql(u"SELECT COUNT(*) FROM payments"_s).toInt(), 0);
        // The vendor enters the username and applies it again.
        QVERIFY(WebhookEventStore(m_db->context()).reopen(noName.eventId, u"carol_n"_s));
        m_processor->kick();
        QTRY_COMPARE(event(noName.eventId).state, WebhookEventState::Applied);
        QCOMPARE(expiry(u"carol_n"_s, u"PUB;7c2d9e0f1a2b3c4d5e6f708192a3b4c5"_s),
                 u"lifetime granted"_s);

        // Gumroad's product is not mapped: nothing is granted until it is.
        const auto sale = deliver(u"gumroad-sale"_s);
        QCOMPARE(event(sale.eventId).state, WebhookEventState::NeedsAttention);
        QVERIFY(event(sale.eventId).reason.contains(u"gumProd123"_s));
        QVERIFY(ProductMapStore(m_db->context()).map(u"gumroad"_s, u"gumProd123"_s, m_monthly));
        QVERIFY(WebhookEventStore(m_db->context()).reopen(sale.eventId));
        m_processor->kick();
        QTRY_COMPARE(event(sale.eventId).state, WebhookEventState::Applied);
        QVERIFY(expiry(u"hank_trades"_s, u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s)
                    .endsWith(u"granted"_s));
        // Its refund is a new ping about the same sale: applied, not taken for a replay.
        const auto refund = deliver(u"gumroad-refund"_s);
        QCOMPARE(event(refund.eventId).state, WebhookEventState::Applied);
        QVERIFY(expiry(u"hank_trades"_s, u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s)
                    .endsWith(u"revoked"_s));
    }

    void refusalsAreRecordedWithTheRightStatus()
    {
        QCOMPARE(deliver(u"stripe-bad-signature"_s).httpStatus, 401);
        QCOMPARE(deliver(u"gumroad-wrong-seller"_s).httpStatus, 401);
        WebhookFixture stale = WebhookFixture::load(u"stripe-invoice-paid"_s);
        stale.request.receivedAt = stale.request.receivedAt.addSecs(3600);
        m_db->clock().set(stale.request.receivedAt);
        QCOMPARE(m_intake->receive(stale.request).httpStatus, 401);
        WebhookRequest unknown = stale.request;
        unknown.provider = u"paypal"_s;
        QCOMPARE(m_intake->receive(unknown).httpStatus, 404);
        WebhookRequest huge = stale.request;
        huge.body = QByteArray(WebhookIntake::maxBodyBytes + 1, 'x');
        QCOMPARE(m_intake->receive(huge).httpStatus, 413);
        WebhookRequest malformed = WebhookFixture::load(u"shopify-order-paid"_s).request;
        malformed.headers.remove("x-shopify-event-id");
        malformed.headers.remove("x-shopify-webhook-id");
        m_db->clock().set(malformed.receivedAt);
        QCOMPARE(m_intake->receive(malformed).httpStatus, 400);

        const auto refused =
            WebhookEventStore(m_db->context()).list(100, WebhookEventState::Refused).value();
        QCOMPARE(refused.size(), 6);
        const QByteArray stripeSignature =
            WebhookFixture::load(u"stripe-bad-signature"_s).request.header("stripe-signature");
        const QByteArray shopifySignature = malformed.header("x-shopify-hmac-sha256");
        for (const WebhookEvent &e : refused) {
            QVERIFY(!e.reason.isEmpty());
            QVERIFY(e.payload.size() <= WebhookEventStore::refusedPayloadLimit);
            // Neither a signature nor a secret is kept anywhere in the inbox.
            const QByteArray kept = QJsonDocument(e.headers).toJson() + e.reason.toUtf8();
            for (const QByteArray &secret :
                 {stripeSignature, shopifySignature, m_configs.value(u"stripe"_s).secret,
                  m_configs.value(u"shopify"_s).secret}) {
                QVERIFY(!secret.isEmpty());
                QVERIFY(!kept.contains(secret));
                QVERIFY(!e.payload.contains(secret));
            }
        }
        QCOMPARE(sql(u"SELECT COUNT(*) FROM payments"_s).toInt(), 0);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM sync_queue"_s).toInt(), 0);

        // No secret configured, or no Gumroad seller id: 503, so the provider retries once the
        // vendor sets it.
        WebhookIntake bare(m_db->context(), m_registry, {});
        QCOMPARE(bare.receive(WebhookFixture::load(u"stripe-invoice-paid"_s).request).httpStatus,
                 503);
        QMap<QString, ProviderAdapter::Config> noAccount = m_configs;
        noAccount[u"gumroad"_s].expectedAccount.clear();
        WebhookIntake unclaimed(m_db->context(), m_registry, noAccount);
        QCOMPARE(unclaimed.receive(WebhookFixture::load(u"gumroad-sale"_s).request).httpStatus,
                 503);
    }

    // Forged requests cannot fill the disk: refused deliveries are kept 30 days, and never more
    // than the newest 10,000.
    void refusedDeliveriesAreNotKeptForever()
    {
        WebhookIntake intake(m_db->context(), m_registry, {});
        const WebhookRequest request = WebhookFixture::load(u"stripe-invoice-paid"_s).request;
        const QDateTime start(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc());
        m_db->clock().set(start);
        QCOMPARE(intake.receive(request).httpStatus, 503);
        m_db->clock().set(start.addDays(WebhookIntake::keepRefusedDays + 1));
        for (int i = 0; i < WebhookIntake::pruneEvery; ++i)
            QCOMPARE(intake.receive(request).httpStatus, 503);
        // The 500th refusal since the first pruned: the one from a month ago is gone.
        QCOMPARE(sql(u"SELECT COUNT(*) FROM webhook_events"_s).toInt(), WebhookIntake::pruneEvery);
        QCOMPARE(sql(u"SELECT MIN(received_at) >= '2026-12' FROM webhook_events"_s).toInt(), 1);

        const auto pruned = WebhookEventStore(m_db->context()).pruneRefused(start, 100);
        QVERIFY(pruned);
        QCOMPARE(*pruned, WebhookIntake::pruneEvery - 100);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM webhook_events"_s).toInt(), 100);
        m_settled = true;
    }

    void aRetriedChargeThatGoesThroughGrantsAndEndingsOnlyShorten()
    {
        PaymentEvent e;
        e.provider = u"stripe"_s;
        e.kind = PaymentEvent::Kind::Failed;
        e.tvUsername = u"retry_user"_s;
        e.paymentRef = u"in_retry"_s;
        e.productRefs = {u"price_Monthly1"_s};
        e.subscriptionRef = u"sub_retry"_s;
        e.amount = Money(4900, u"USD"_s);
        QVERIFY(PaymentRule(m_db->context()).apply(e));
        QCOMPARE(sql(u"SELECT status FROM payments"_s).toString(), u"failed"_s);
        QVERIFY(expiry(u"retry_user"_s, u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s).isEmpty());
        e.kind = PaymentEvent::Kind::Paid;
        e.periodEnd = m_db->clock().nowUtc().addDays(30);
        const auto paid = PaymentRule(m_db->context()).apply(e);
        QVERIFY(paid);
        QVERIFY(paid->batchId);
        QCOMPARE(sql(u"SELECT COUNT(*) || MIN(status) FROM payments"_s).toString(), u"1paid"_s);
        const QString end = m_db->clock().nowUtc().addDays(33).date().toString(Qt::ISODate);
        QVERIFY(expiry(u"retry_user"_s, u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s).startsWith(end));

        // The same client also bought the lifetime plan by hand: ending the subscription
        // leaves the lifetime access of the other script alone, and a cancellation never
        // lengthens what is held.
        PaymentEvent life;
        life.provider = u"manual"_s;
        life.kind = PaymentEvent::Kind::Paid;
        life.tvUsername = u"retry_user"_s;
        life.planId = m_lifetime;
        life.amount = Money(19900, u"USD"_s);
        QVERIFY(PaymentRule(m_db->context()).apply(life));
        QCOMPARE(expiry(u"retry_user"_s, u"PUB;7c2d9e0f1a2b3c4d5e6f708192a3b4c5"_s),
                 u"lifetime granted"_s);
        PaymentEvent cancel = e;
        cancel.kind = PaymentEvent::Kind::CancelAtPeriodEnd;
        cancel.periodEnd = m_db->clock().nowUtc().addDays(90);
        QVERIFY(PaymentRule(m_db->context()).apply(cancel));
        QCOMPARE(expiry(u"retry_user"_s, u"PUB;7c2d9e0f1a2b3c4d5e6f708192a3b4c5"_s),
                 u"lifetime granted"_s);
        cancel.kind = PaymentEvent::Kind::Ended;
        QVERIFY(PaymentRule(m_db->context()).apply(cancel));
        QCOMPARE(expiry(u"retry_user"_s, u"PUB;7c2d9e0f1a2b3c4d5e6f708192a3b4c5"_s),
                 u"lifetime granted"_s);
    }

    void refundAtPeriodEndKeepsThePaidTime()
    {
        PaymentSettings settings;
        settings.refundAction = PaymentSettings::RefundAction::AtPeriodEnd;
        settings.graceDays = 0;
        QVERIFY(settings.save(m_db->context()));
        deliver(u"stripe-checkout-subscription"_s);
        deliver(u"stripe-invoice-paid"_s);
        const QString end = dayEnd(1796600000 - 20 + 2592000, 0);
        QVERIFY(expiry(u"Bob_Pine"_s, u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s).startsWith(end));
        deliver(u"stripe-dispute"_s);
        QVERIFY2(expiry(u"Bob_Pine"_s, u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s).startsWith(end),
                 qPrintable(expiry(u"Bob_Pine"_s, u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s)));
        QVERIFY(expiry(u"Bob_Pine"_s, u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s)
                    .endsWith(u"granted"_s));
    }
};

QTEST_GUILESS_MAIN(TestPaymentFlow)
#include "tst_paymentflow.moc"
