#include "ServeBench.h"

#include "automation/AutomationServer.h"
#include "automation/Hmac.h"
#include "domain/SystemClock.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk::bench {

namespace {

const QByteArray secret = "whsec_bench";

QByteArray event(int n)
{
    const QJsonObject session{{u"id"_s, u"cs_bench_%1"_s.arg(n)},
                              {u"mode"_s, u"payment"_s},
                              {u"payment_status"_s, u"paid"_s},
                              {u"amount_total"_s, 4900},
                              {u"currency"_s, u"usd"_s}};
    return QJsonDocument(QJsonObject{{u"id"_s, u"evt_bench_%1"_s.arg(n)},
                                     {u"type"_s, u"checkout.session.completed"_s},
                                     {u"data"_s, QJsonObject{{u"object"_s, session}}}})
        .toJson(QJsonDocument::Compact);
}

// Rows a second that SQLite commits one by one on this disk: the durable-write limit.
double bareInsertRate(const QString &dir, int rows)
{
    double rate = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bare"_s);
        db.setDatabaseName(dir + u"/bare.sqlite"_s);
        db.open();
        QSqlQuery q(db);
        q.exec(u"PRAGMA journal_mode = WAL"_s);
        q.exec(u"PRAGMA synchronous = NORMAL"_s);
        q.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT UNIQUE, body BLOB)"_s);
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO t (k, body) VALUES (?, ?)"_s);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < rows; ++i) {
            db.transaction();
            insert.addBindValue(u"evt_%1"_s.arg(i));
            insert.addBindValue(event(i));
            insert.exec();
            db.commit();
        }
        rate = rows / (double(timer.nsecsElapsed()) / 1e9);
    }
    QSqlDatabase::removeDatabase(u"bare"_s);
    return rate;
}

} // namespace

int runServeBench(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({{u"events"_s, u"Events to post."_s, u"N"_s, u"2000"_s},
                       {u"senders"_s, u"Concurrent senders."_s, u"C"_s, u"16"_s}});
    parser.process(QStringList{u"pinedesk-bench serve"_s} + args);
    const int total = parser.value(u"events"_s).toInt();
    const int senders = std::max(1, parser.value(u"senders"_s).toInt());
    QTextStream out(stdout);
    QTemporaryDir dir;
    SystemClock clock;
    Database database(dir.filePath(u"serve.sqlite"_s));
    if (!database.open()) {
        out << "cannot open the database\n";
        return 1;
    }
    QMap<QString, ProviderAdapter::Config> configs;
    configs.insert(u"stripe"_s, {secret, {}, {}, 300});
    AutomationServer server({database, clock, u"bench"_s}, configs);
    const quint16 port = server.start(QHostAddress::LocalHost, 0);
    // Each sender is a kept-alive connection that writes a whole request at once, as the
    // providers' senders do (QNetworkAccessManager writes head and body apart, and Nagle's
    // algorithm then holds the body for the server's delayed acknowledgement: 40 ms that would
    // measure the client, not PineDesk).
    QList<double> latencies;
    latencies.reserve(total);
    int next = 0;
    int answered = 0;
    int failed = 0;
    struct Sender
    {
        QTcpSocket socket;
        QByteArray received;
        QElapsedTimer timer;
    };
    std::vector<std::unique_ptr<Sender>> pool;
    std::function<void()> finished = [] {
    };
    const auto send = [&](Sender &s) {
        if (next >= total)
            return;
        const QByteArray body = event(next++);
        const QByteArray t = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        const QByteArray signature =
            Hmac::sign(QCryptographicHash::Sha256, secret, QByteArray(t + '.' + body)).toHex();
        s.timer.start();
        s.socket.write("POST /webhooks/stripe HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                       "Content-Type: application/json\r\nStripe-Signature: t=" +
                       t + ",v1=" + signature + "\r\nContent-Length: " +
                       QByteArray::number(body.size()) + "\r\n\r\n" + body);
    };
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < senders; ++i) {
        pool.push_back(std::make_unique<Sender>());
        Sender *s = pool.back().get();
        QObject::connect(&s->socket, &QTcpSocket::readyRead, &s->socket, [&, s] {
            s->received += s->socket.readAll();
            const qsizetype head = s->received.indexOf("\r\n\r\n");
            if (head < 0)
                return;
            const qsizetype at = s->received.toLower().indexOf("content-length:");
            const qsizetype lineEnd = s->received.indexOf("\r\n", at);
            const int length =
                at < 0 ? 0 : s->received.mid(at + 15, lineEnd - at - 15).trimmed().toInt();
            if (s->received.size() < head + 4 + length)
                return;
            latencies.append(double(s->timer.nsecsElapsed()) / 1e6);
            if (!s->received.startsWith("HTTP/1.1 200"))
                ++failed;
            ++answered;
            s->received.remove(0, head + 4 + length);
            send(*s);
            if (answered == total)
                finished();
        });
        s->socket.connectToHost(QHostAddress::LocalHost, port);
        if (!s->socket.waitForConnected(5000)) {
            out << "cannot connect\n";
            return 1;
        }
        s->socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        send(*s);
    }
    // The application's own loop runs until the last answer (QTest::qWaitFor sleeps between its
    // checks, which would add to every latency measured here).
    QTimer::singleShot(600000, qApp, &QCoreApplication::quit);
    finished = [] {
        QCoreApplication::quit();
    };
    if (answered < total)
        QCoreApplication::exec();
    if (answered < total) {
        out << "timed out\n";
        return 1;
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    std::sort(latencies.begin(), latencies.end());
    const auto at = [&](double q) {
        return latencies.at(int(q * (latencies.size() - 1)));
    };
    const double rate = total / seconds;
    const double bare = bareInsertRate(dir.path(), std::min(total, 2000));
    out << u"webhook intake: %1 events, %2 senders, %3 refused\n"_s.arg(total).arg(senders).arg(
        failed);
    out << u"  accepted: %1 events/s (goal >= 200: %2)\n"_s.arg(rate, 0, 'f', 1)
               .arg(rate >= 200 ? u"met"_s : u"missed"_s);
    out << u"  latency to the 2xx: p50 %1 ms, p99 %2 ms (goal p99 < 50 ms: %3)\n"_s
               .arg(at(0.5), 0, 'f', 1)
               .arg(at(0.99), 0, 'f', 1)
               .arg(at(0.99) < 50 ? u"met"_s : u"missed"_s);
    out << u"  limit: a bare durable SQLite insert of the same rows, %1 rows/s; ratio %2\n"_s
               .arg(bare, 0, 'f', 1)
               .arg(rate / bare, 0, 'f', 3);
    return 0;
}

} // namespace pinedesk::bench
