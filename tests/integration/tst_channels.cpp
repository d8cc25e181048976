// The team channels: a sale or a failed charge reaches Discord, Slack and Telegram once each,
// in the shape each takes, through a durable outbox that waits as long as a channel asks (429),
// retries what failed, gives up with a reason, never pings anyone, and never writes an address
// or a token anywhere but the request itself.
#include "FakeHttpServer.h"
#include "TestDatabase.h"
#include "channels/ChannelDrain.h"
#include "channels/ChannelSender.h"
#include "channels/ChannelSettings.h"
#include "domain/Plan.h"
#include "reminders/Alerts.h"
#include "reminders/PaymentAlert.h"
#include "store/ChannelOutboxStore.h"
#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "store/PaymentStore.h"
#include "store/PlanStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace pinedesk;
using pinedesk::test::FakeHttpServer;
using pinedesk::test::TestDatabase;

namespace {

const QByteArray botToken = "123456789:AAHtesttokenABCDEFGHIJKLMNOPQRSTUVWX";
const QDateTime monday(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc());

QJsonObject json(const FakeHttpServer::Request &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

class TestChannels : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FakeHttpServer> m_http;
    qint64 m_plan = 0;

    QMap<TeamChannel::Kind, QByteArray> secrets() const
    {
        return {{TeamChannel::Kind::Discord, m_http->url("/discord/api/webhooks/1/abc")},
                {TeamChannel::Kind::Slack, m_http->url("/slack/services/T0/B0/xyz")},
                {TeamChannel::Kind::Telegram, botToken}};
    }
    void turnOn(QList<Notification::Kind> events = ChannelSettings::defaultEvents())
    {
        ChannelSettings s = ChannelSettings::load(m_db->context());
        for (TeamChannel::Kind kind : TeamChannel::allKinds)
            s.channels.insert(kind, {true, events});
        s.telegramChatId = u"-1001234567890"_s;
        s.telegramApi = QString::fromLatin1(m_http->url(""));
        // Where the Telegram API is: not something the vendor sets; here, the fake.
        QVERIFY(s.save(m_db->context()));
    }
    qint64 payment(const QString &name, const QString &username, PaymentStatus status,
                   const QString &reference)
    {
        Client c;
        c.fullName = name;
        c.tvUsername = username;
        const auto existing = ClientStore(m_db->context()).findByUsername(username).value();
        const qint64 clientId =
            existing ? existing->id : ClientStore(m_db->context()).create(c).value();
        Payment p;
        p.clientId = clientId;
        p.amount = Money(4900, u"USD"_s);
        p.paidAt = m_db->clock().nowUtc();
        p.reference = reference;
        p.source = u"stripe"_s;
        p.planId = m_plan;
        p.status = status;
        return PaymentStore(m_db->context()).add(p).value();
    }
    ChannelDrain::Result drain(QMap<TeamChannel::Kind, QByteArray> with = {})
    {
        ChannelDrain d(m_db->context(u"channels"_s), with.isEmpty() ? secrets() : with);
        d.setPaceScale(0); // the pace is what the channels document; tests need not wait it
        const auto r = d.run(50);
        if (!r)
            qWarning() << r.error().message() << r.error().detail();
        return r ? *r : ChannelDrain::Result{};
    }
    QList<ChannelMessage> messages()
    {
        return ChannelOutboxStore(m_db->context()).latest(100).value();
    }
    int count(const QString &sql) { return m_db->scalar(sql).toInt(); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_db->clock().set(monday);
        m_http = std::make_unique<FakeHttpServer>();
        QVERIFY(m_http->port() > 0);
        m_http->script("/discord", {{204, {}, {}}});
        m_http->script("/slack", {{200, "ok", {}}});
        m_http->script("/bot", {{200, R"({"ok":true,"result":{"message_id":1}})", {}}});
        Indicator signals;
        signals.pineId = u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s;
        signals.name = u"Signals"_s;
        Plan monthly;
        monthly.name = u"Monthly"_s;
        monthly.duration = Duration::months(1);
        monthly.price = Money(4900, u"USD"_s);
        monthly.indicatorIds = {IndicatorStore(m_db->context()).create(signals).value()};
        m_plan = PlanStore(m_db->context()).create(monthly).value();
        turnOn();
    }

    void aSaleReachesEachChannelOnceInItsOwnShape()
    {
        const qint64 paid = payment(u"Ana Núñez"_s, u"ana_fx"_s, PaymentStatus::Paid, u"in_1"_s);
        QVERIFY(PaymentAlert(m_db->context()).raise(paid).value());
        QVERIFY(!PaymentAlert(m_db->context()).raise(paid).value()); // told already
        QCOMPARE(messages().size(), 3);

        const ChannelDrain::Result result = drain();
        QCOMPARE(result.sent, 3);
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));

        const auto discord = m_http->requestsTo("/discord");
        QCOMPARE(discord.size(), 1);
        QCOMPARE(discord[0].method, QByteArray("POST"));
        QCOMPARE(discord[0].path, QByteArray("/discord/api/webhooks/1/abc"));
        QCOMPARE(discord[0].headers.value("content-type"), QByteArray("application/json"));
        const QString content = json(discord[0]).value(u"content"_s).toString();
        QVERIFY2(content.startsWith(u"**New sale: Ana Núñez (ana\\_fx)**\n"_s),
                 qPrintable(content));
        QVERIFY2(content.contains(u"49.00 USD for Monthly, through stripe."_s),
                 qPrintable(content));
        QCOMPARE(json(discord[0]).value(u"allowed_mentions"_s).toObject().value(u"parse"_s),
                 QJsonValue(QJsonArray()));

        const auto slack = m_http->requestsTo("/slack");
        QCOMPARE(slack.size(), 1);
        QVERIFY(json(slack[0]).value(u"text"_s).toString().startsWith(
            u"*New sale: Ana Núñez (ana_fx)*\n"_s));

        const auto telegram = m_http->requestsTo("/bot");
        QCOMPARE(telegram.size(), 1);
        QCOMPARE(telegram[0].path, "/bot" + botToken + "/sendMessage");
        QCOMPARE(json(telegram[0]).value(u"chat_id"_s).toString(), u"-1001234567890"_s);
        QVERIFY(json(telegram[0])
                    .value(u"text"_s)
                    .toString()
                    .startsWith(u"New sale: Ana Núñez (ana_fx)\n"_s));

        // Sent is sent: a second run, or a restart, posts nothing again.
        QCOMPARE(drain().sent, 0);
        QCOMPARE(m_http->requests().size(), 3);
        for (const ChannelMessage &m : messages())
            QCOMPARE(m.state, ChannelMessage::State::Sent);
    }

    void onlyWhatAChannelHearsIsQueued()
    {
        ChannelSettings s = ChannelSettings::load(m_db->context());
        s.channels[TeamChannel::Kind::Slack].enabled = false;
        s.channels[TeamChannel::Kind::Telegram].events = {Notification::Kind::DeadRows};
        QVERIFY(s.save(m_db->context()));
        const qint64 failed =
            payment(u"Bo"_s, u"bo_trades"_s, PaymentStatus::Failed, u"in_failed"_s);
        QVERIFY(PaymentAlert(m_db->context()).raise(failed).value());
        const QList<ChannelMessage> queued = messages();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued[0].channel, TeamChannel::Kind::Discord);
        QCOMPARE(queued[0].kind, u"payment_failed"_s);
        QCOMPARE(queued[0].title, u"A payment failed: Bo (bo_trades)"_s);

        // Turned off everywhere: the notification centre still has it, no channel does.
        for (TeamChannel::Kind kind : TeamChannel::allKinds)
            s.channels[kind].enabled = false;
        QVERIFY(s.save(m_db->context()));
        Notification n;
        n.kind = Notification::Kind::SessionExpired;
        n.dedupKey = u"session_expired:test"_s;
        QVERIFY(Alerts(m_db->context()).raise(n).value());
        QCOMPARE(messages().size(), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM notifications"_s), 2);
    }

    void aRateLimitWaitsAsLongAsAskedWithoutCountingAnAttempt()
    {
        m_http->script("/discord", {{429,
                                     R"({"message":"You are being rate limited.",)"
                                     R"("retry_after":7.5,"global":false})",
                                     {{"Retry-After", "8"}}},
                                    {204, {}, {}}});
        for (int i = 0; i < 2; ++i) {
            const qint64 id = payment(u"Client %1"_s.arg(i), u"user_%1"_s.arg(i),
                                      PaymentStatus::Paid, u"in_rate_%1"_s.arg(i));
            QVERIFY(PaymentAlert(m_db->context()).raise(id).value());
        }
        const ChannelDrain::Result first = drain();
        QCOMPARE(first.sent, 4); // Slack and Telegram went on
        QCOMPARE(first.retried, 1);
        QCOMPARE(m_http->requestsTo("/discord").size(), 1); // Discord got nothing more
        QCOMPARE(first.problems.size(), 1);
        QVERIFY2(first.problems[0].contains(u"Discord asked to slow down"_s),
                 qPrintable(first.problems[0]));
        ChannelMessage waiting;
        for (const ChannelMessage &m : messages()) {
            if (m.state == ChannelMessage::State::Retry)
                waiting = m;
        }
        QCOMPARE(waiting.channel, TeamChannel::Kind::Discord);
        QCOMPARE(waiting.attempts, 0);
        QCOMPARE(waiting.nextAttemptAt, monday.addSecs(8));

        QCOMPARE(drain().sent, 1); // the other Discord message was never held back
        m_db->clock().set(monday.addSecs(8));
        QCOMPARE(drain().sent, 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM channel_outbox WHERE state = 'sent'"_s), 6);
    }

    void failuresAreRetriedThenGivenUpWithTheReason()
    {
        // Slack is down, Discord refuses this message, Telegram does not know the chat.
        m_http->script("/slack", {{500, "internal_error", {}}});
        m_http->script("/discord", {{400, R"({"message":"Cannot send an empty message"})", {}}});
        m_http->script(
            "/bot",
            {{400,
              R"({"ok":false,"error_code":400,"description":"Bad Request: chat not found"})",
              {}}});
        const qint64 id = payment(u"Cy"_s, u"cy_pine"_s, PaymentStatus::Paid, u"in_fail"_s);
        QVERIFY(PaymentAlert(m_db->context()).raise(id).value());
        const ChannelDrain::Result result = drain();
        QCOMPARE(result.sent, 0);
        QCOMPARE(result.dead, 1);
        QCOMPARE(result.retried, 2);
        QHash<TeamChannel::Kind, ChannelMessage> byChannel;
        for (const ChannelMessage &m : messages())
            byChannel.insert(m.channel, m);
        const ChannelMessage discord = byChannel.value(TeamChannel::Kind::Discord);
        QCOMPARE(discord.state, ChannelMessage::State::Dead);
        QVERIFY2(discord.lastError.contains(u"Cannot send an empty message"_s),
                 qPrintable(discord.lastError));
        const ChannelMessage slack = byChannel.value(TeamChannel::Kind::Slack);
        QCOMPARE(slack.state, ChannelMessage::State::Retry);
        QCOMPARE(slack.attempts, 1);
        QCOMPARE(slack.nextAttemptAt, monday.addSecs(60));
        QVERIFY2(slack.lastError.contains(u"500"_s), qPrintable(slack.lastError));
        const ChannelMessage telegram = byChannel.value(TeamChannel::Kind::Telegram);
        QCOMPARE(telegram.state, ChannelMessage::State::Retry);
        QVERIFY2(telegram.lastError.contains(u"-1001234567890"_s), qPrintable(telegram.lastError));

        // Slack keeps failing: after the last attempt it is dead, with its reason.
        for (int attempt = 1; attempt < ChannelDrain::maxAttempts; ++attempt) {
            m_db->clock().set(m_db->clock().nowUtc().addDays(1));
            drain();
        }
        QCOMPARE(ChannelOutboxStore(m_db->context()).latest(10).value().size(), 3);
        QCOMPARE(
            m_db->scalar(u"SELECT state FROM channel_outbox WHERE channel = 'slack'"_s).toString(),
            u"dead"_s);
        QCOMPARE(count(u"SELECT attempts FROM channel_outbox WHERE channel = 'slack'"_s),
                 ChannelDrain::maxAttempts);

        // The vendor fixes things and sends them again: they go.
        m_http->script("/slack", {{200, "ok", {}}});
        m_http->script("/discord", {{204, {}, {}}});
        m_http->script("/bot", {{200, R"({"ok":true})", {}}});
        QCOMPARE(ChannelOutboxStore(m_db->context()).retryAllNow().value(), 3);
        QCOMPARE(drain().sent, 3);
    }

    void anUnreachableOrUnsetChannelKeepsItsMessages()
    {
        const qint64 id = payment(u"Dee"_s, u"dee_fx"_s, PaymentStatus::Paid, u"in_down"_s);
        QVERIFY(PaymentAlert(m_db->context()).raise(id).value());
        // No address saved for Slack and Telegram; Discord's host refuses connections.
        const quint16 closedPort = [] {
            FakeHttpServer gone;
            return gone.port();
        }();
        const ChannelDrain::Result result = drain(
            {{TeamChannel::Kind::Discord, "http://127.0.0.1:" + QByteArray::number(closedPort) +
                                              "/api/webhooks/1/secretpart"}});
        QCOMPARE(result.sent, 0);
        QCOMPARE(result.problems.size(), 3);
        QVERIFY2(result.problems.join(u'\n').contains(u"Discord cannot be reached"_s),
                 qPrintable(result.problems.join(u'\n')));
        QVERIFY2(result.problems.join(u'\n').contains(u"no webhook address is saved"_s),
                 qPrintable(result.problems.join(u'\n')));
        QVERIFY2(result.problems.join(u'\n').contains(u"no bot token is saved"_s),
                 qPrintable(result.problems.join(u'\n')));
        // Slack's and Telegram's messages were not even tried: untouched, still due.
        QCOMPARE(count(u"SELECT COUNT(*) FROM channel_outbox WHERE state = 'pending' AND "
                       "attempts = 0"_s),
                 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM channel_outbox WHERE state = 'retry'"_s), 1);
        // What failed says so without the secret part of the address.
        QVERIFY(!result.problems.join(u'\n').contains(u"secretpart"_s));
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM channel_outbox WHERE last_error LIKE '%secretpart%'"_s),
            0);
    }

    void aMessageIsSentByOneSenderOnly()
    {
        const qint64 id = payment(u"Eve"_s, u"eve_fx"_s, PaymentStatus::Paid, u"in_claim"_s);
        QVERIFY(PaymentAlert(m_db->context()).raise(id).value());
        ChannelOutboxStore outbox(m_db->context());
        const ChannelMessage m = outbox.due(TeamChannel::Kind::Discord, 1).value().first();
        QVERIFY(outbox.claim(m, monday.addSecs(ChannelDrain::claimSeconds)).value());
        QVERIFY(!outbox.claim(m, monday.addSecs(ChannelDrain::claimSeconds)).value());
        // The window took it; `serve` draining the same outbox now skips it.
        drain();
        QCOMPARE(m_http->requestsTo("/discord").size(), 0);
        // The window died while posting: after the claim runs out, it goes.
        m_db->clock().set(monday.addSecs(ChannelDrain::claimSeconds));
        QCOMPARE(drain().sent, 1);
        QCOMPARE(m_http->requestsTo("/discord").size(), 1);
    }

    void namesCannotPingOrFormat()
    {
        const qint64 id =
            payment(u"@everyone <!channel> *x*"_s, u"mallory"_s, PaymentStatus::Paid, u"in_ping"_s);
        QVERIFY(PaymentAlert(m_db->context()).raise(id).value());
        QCOMPARE(drain().sent, 3);
        const QString discord =
            json(m_http->requestsTo("/discord").first()).value(u"content"_s).toString();
        QVERIFY2(discord.contains(u"@everyone <!channel\\> \\*x\\* (mallory)"_s),
                 qPrintable(discord));
        QCOMPARE(json(m_http->requestsTo("/discord").first())
                     .value(u"allowed_mentions"_s)
                     .toObject()
                     .value(u"parse"_s)
                     .toArray()
                     .size(),
                 0);
        const QString slack =
            json(m_http->requestsTo("/slack").first()).value(u"text"_s).toString();
        QVERIFY2(slack.contains(u"@everyone &lt;!channel&gt; *x*"_s), qPrintable(slack));
    }

    void secretsAreCheckedAndNeverStored()
    {
        using K = TeamChannel::Kind;
        QVERIFY(!TeamChannel::checkSecret(K::Discord, u"https://discord.com/api/webhooks/1/abc"_s));
        QVERIFY(TeamChannel::checkSecret(K::Discord, u"http://discord.com/api/webhooks/1/a"_s));
        QVERIFY(TeamChannel::checkSecret(K::Discord, u"https://evil.example/api/webhooks/1"_s));
        QVERIFY(!TeamChannel::checkSecret(K::Slack, u"https://hooks.slack.com/services/T/B/x"_s));
        QVERIFY(TeamChannel::checkSecret(K::Slack, u"https://hooks.slack.com.evil.io/x"_s));
        QVERIFY(!TeamChannel::checkSecret(K::Telegram, QString::fromLatin1(botToken)));
        QVERIFY(TeamChannel::checkSecret(K::Telegram, u"not a token"_s));
        QVERIFY(!ChannelSettings::checkChatId(u"-1001234567890"_s));
        QVERIFY(!ChannelSettings::checkChatId(u"@pinelabs_team"_s));
        QVERIFY(ChannelSettings::checkChatId(u"my group"_s));

        // After sending, nothing in the database holds an address or the token.
        const qint64 id = payment(u"Fay"_s, u"fay_fx"_s, PaymentStatus::Paid, u"in_secret"_s);
        QVERIFY(PaymentAlert(m_db->context()).raise(id).value());
        QCOMPARE(drain().sent, 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM settings WHERE value LIKE '%webhooks/1/abc%' OR "
                       "value LIKE '%AAHtesttoken%' OR value LIKE '%T0/B0/xyz%'"_s),
                 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM channel_outbox WHERE title || body || last_error "
                       "LIKE '%AAHtesttoken%' OR title || body || last_error LIKE '%abc%'"_s),
                 0);
    }

    // The window and `serve` send on their own, with the secrets from the environment (or the
    // keychain) read once at start.
    void theSenderSendsWhatIsDueByItself()
    {
        const QByteArray discord = m_http->url("/discord/api/webhooks/2/def");
        const QByteArray slack = m_http->url("/slack/services/T1/B1/uvw");
        qputenv("PINEDESK_DISCORD_WEBHOOK_URL", discord);
        qputenv("PINEDESK_SLACK_WEBHOOK_URL", slack);
        qputenv("PINEDESK_TELEGRAM_BOT_TOKEN", botToken);
        const qint64 id = payment(u"Gus"_s, u"gus_fx"_s, PaymentStatus::Paid, u"in_sender"_s);
        QVERIFY(PaymentAlert(m_db->context()).raise(id).value());
        ChannelSender sender(m_db->database(), m_db->clock());
        QSignalSpy ran(&sender, &ChannelSender::ran);
        sender.loadSecretsAndStart(u"PineDeskTest"_s);
        QVERIFY(ran.wait(30000));
        qunsetenv("PINEDESK_DISCORD_WEBHOOK_URL");
        qunsetenv("PINEDESK_SLACK_WEBHOOK_URL");
        qunsetenv("PINEDESK_TELEGRAM_BOT_TOKEN");
        QCOMPARE(ran.first().at(0).toInt(), 3);
        QCOMPARE(m_http->requestsTo("/discord/api/webhooks/2/def").size(), 1);
        QCOMPARE(m_http->requestsTo("/slack/services/T1/B1/uvw").size(), 1);
        QCOMPARE(m_http->requestsTo("/bot").size(), 1);
    }

    // Headless: 'channels set', 'channels send' with the secret in the environment, the status.
    void theCommandsSetUpAndSend()
    {
        const QString db = m_db->path();
        const qint64 id = payment(u"Hal"_s, u"hal_fx"_s, PaymentStatus::Paid, u"in_cli"_s);
        const auto cli = [&](const QStringList &args, QByteArray *output = nullptr,
                             const QByteArray &discordUrl = {}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            if (!discordUrl.isEmpty())
                env.insert(u"PINEDESK_DISCORD_WEBHOOK_URL"_s, QString::fromLatin1(discordUrl));
            env.insert(u"PINEDESK_SLACK_WEBHOOK_URL"_s,
                       QString::fromLatin1(m_http->url("/slack/x")));
            env.insert(u"PINEDESK_TELEGRAM_BOT_TOKEN"_s, QString::fromLatin1(botToken));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(PINEDESK_EXE), QStringList{u"--db"_s, db} + args);
            if (!p.waitForFinished(60000))
                return -1;
            if (output)
                *output = p.readAllStandardOutput();
            if (p.exitCode() != 0)
                qWarning() << args << p.readAllStandardError();
            return p.exitCode();
        };
        QCOMPARE(cli({u"channels"_s, u"set"_s, u"slack"_s, u"--off"_s}), 0);
        QCOMPARE(cli({u"channels"_s, u"set"_s, u"telegram"_s, u"--off"_s}), 0);
        QCOMPARE(cli({u"channels"_s, u"set"_s, u"discord"_s, u"--on"_s, u"--events"_s,
                      u"sale,payment_failed"_s}),
                 0);
        QCOMPARE(cli({u"channels"_s, u"set"_s, u"discord"_s, u"--events"_s, u"sales"_s}), 2);
        QCOMPARE(cli({u"channels"_s, u"set"_s, u"discord"_s, u"--chat"_s, u"1"_s}), 2);
        QCOMPARE(cli({u"channels"_s, u"set"_s, u"pigeon"_s, u"--on"_s}), 2);

        QVERIFY(PaymentAlert(m_db->context()).raise(id).value());
        QCOMPARE(messages().size(), 1); // Discord only

        QCOMPARE(cli({u"channels"_s, u"send"_s}, nullptr, m_http->url("/discord/api/webhooks/9/z")),
                 0);
        QCOMPARE(m_http->requestsTo("/discord/api/webhooks/9/z").size(), 1);
        QByteArray status;
        QCOMPARE(cli({u"channels"_s, u"--json"_s}, &status), 0);
        const QJsonObject json = QJsonDocument::fromJson(status).object();
        QCOMPARE(json.value(u"outbox"_s).toObject().value(u"sent"_s).toInt(), 1);
        QCOMPARE(json.value(u"channels"_s).toArray().at(0).toObject().value(u"events"_s).toArray(),
                 (QJsonArray{u"sale"_s, u"payment_failed"_s}));
        QVERIFY(!status.contains("webhooks/9/z"));
    }
};

QTEST_GUILESS_MAIN(TestChannels)
#include "tst_channels.moc"
