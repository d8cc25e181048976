#include "AutomationServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpServer>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

AutomationServer::AutomationServer(StoreContext context,
                                   QMap<QString, ProviderAdapter::Config> configs, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_clock(context.clock)
    , m_intake(context, m_registry, configs)
    , m_processor(std::make_unique<EventProcessor>(context, m_registry, configs))
{}

AutomationServer::~AutomationServer() = default;

quint16 AutomationServer::start(const QHostAddress &address, quint16 port)
{
    auto *server = new QTcpServer(this);
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
