#include "AutomationServer.h"

#include "store/Database.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// Answers leave at once: without TCP_NODELAY a response written in two parts (head, body) waits
// for the client's delayed acknowledgement on a kept-alive connection.
class LowDelayServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = QTcpServer::nextPendingConnection();
        if (socket)
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return socket;
    }
};

} // namespace

AutomationServer::AutomationServer(StoreContext context,
                                   QMap<QString, ProviderAdapter::Config> configs, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_clock(context.clock)
    , m_intake(context, m_registry, configs)
    , m_api(context)
    , m_processor(new EventProcessor(context, m_registry, configs))
{
    m_processorThread.setObjectName(u"webhook-processor"_s);
    m_processor->moveToThread(&m_processorThread);
    Database *database = &context.database;
    // Both run on the processor's thread as it ends: its connection closes there.
    connect(
        &m_processorThread, &QThread::finished, m_processor,
        [database] { database->closeThreadConnection(); }, Qt::DirectConnection);
    connect(&m_processorThread, &QThread::finished, m_processor, &QObject::deleteLater);
    m_processorThread.start();
}

AutomationServer::~AutomationServer()
{
    m_processorThread.quit();
    m_processorThread.wait();
}

quint16 AutomationServer::start(const QHostAddress &address, quint16 port)
{
    auto *server = new LowDelayServer(this);
    if (!server->listen(address, port)) {
        m_error = tr("PineDesk cannot listen on %1:%2: %3")
                      .arg(address.toString())
                      .arg(port)
                      .arg(server->errorString());
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

void AutomationServer::reply(const QHttpServerRequest &request, QTcpSocket *socket, int status,
                             const QJsonObject &body)
{
    makeResponder(request, socket)
        .write(QJsonDocument(body), static_cast<QHttpServerResponder::StatusCode>(status));
}

bool AutomationServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (path == u"/health"_s) {
        reply(request, socket, 200,
              {{u"status"_s, u"ok"_s}, {u"version"_s, QCoreApplication::applicationVersion()}});
        return true;
    }
    if (path.startsWith(u"/api/v1/"_s)) {
        const QByteArray method = request.method() == QHttpServerRequest::Method::Get    ? "GET"
                                  : request.method() == QHttpServerRequest::Method::Post ? "POST"
                                                                                         : "OTHER";
        QMap<QByteArray, QByteArray> headers;
        for (const auto &[name, value] : request.headers())
            headers.insert(name.toLower(), value);
        const RestApi::Answer answer =
            request.body().size() > WebhookIntake::maxBodyBytes
                ? RestApi::Answer{413, {{u"error"_s, tr("The body is larger than 1 MiB.")}}, 0}
                : m_api.handle(method, path.mid(7), headers, request.body());
        const auto status = static_cast<QHttpServerResponder::StatusCode>(answer.httpStatus);
        if (answer.retryAfterSeconds > 0) {
            makeResponder(request, socket)
                .write(QJsonDocument(answer.body),
                       {{"Content-Type", "application/json"},
                        {"Retry-After", QByteArray::number(answer.retryAfterSeconds)}},
                       status);
        } else {
            reply(request, socket, answer.httpStatus, answer.body);
        }
        return true;
    }
    if (parts.value(0) != u"webhooks"_s || parts.size() < 2 || parts.size() > 3)
        return false;
    if (request.method() != QHttpServerRequest::Method::Post) {
        reply(request, socket, 405, {{u"error"_s, tr("Webhooks are delivered with POST.")}});
        return true;
    }
    WebhookRequest delivery;
    delivery.provider = parts.at(1).toLower();
    delivery.pathToken = parts.value(2);
    for (const auto &[name, value] : request.headers())
        delivery.headers.insert(name.toLower(), value);
    delivery.body = request.body();
    delivery.receivedAt = m_clock.nowUtc();
    const WebhookIntake::Answer answer = m_intake.receive(delivery);
    reply(request, socket, answer.httpStatus, answer.body);
    Q_EMIT answered(delivery.provider, answer.httpStatus, answer.eventId);
    if (answer.newEvent)
        m_processor->kick();
    return true;
}

void AutomationServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    reply(request, socket, 404, {{u"error"_s, tr("Nothing is served at this address.")}});
}

} // namespace pinedesk
