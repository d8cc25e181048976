#include "SandboxServer.h"

#include "SandboxConnection.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

SandboxServer::SandboxServer(SandboxConfig config, SandboxState state, const Clock &clock,
                             QObject *parent)
    : QObject(parent)
    , m_api(std::move(config), std::move(state), clock)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &SandboxServer::accept);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

QString SandboxServer::errorString() const
{
    return m_server->errorString();
}

quint16 SandboxServer::port() const
{
    return m_server->serverPort();
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port()));
}

void SandboxServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new SandboxConnection(socket, m_api, this);
}

} // namespace pinedesk
