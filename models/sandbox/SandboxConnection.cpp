#include "SandboxConnection.h"

#include "SandboxApi.h"

#include <QTcpSocket>
#include <QTimer>

namespace pinedesk {

SandboxConnection::SandboxConnection(QTcpSocket *socket, SandboxApi &api, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_api(api)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &SandboxConnection::readIncoming);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

void SandboxConnection::readIncoming()
{
    m_parser.feed(m_socket->readAll());
    if (m_parser.wantsContinue())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    for (;;) {
        HttpRequest request;
        const auto state = m_parser.next(request);
        if (state == HttpRequestParser::State::NeedMore)
            break;
        if (state == HttpRequestParser::State::Error) {
            HttpResponse bad =
                HttpResponse::html(m_parser.errorStatus(), QStringLiteral("Bad Request"));
            m_socket->write(bad.serialize(false));
            m_socket->disconnectFromHost();
            m_closing = true;
            return;
        }
        m_waiting.enqueue(std::move(request));
    }
    processNext();
}

void SandboxConnection::processNext()
{
    if (m_busy || m_closing || m_waiting.isEmpty())
        return;
    const HttpRequest request = m_waiting.dequeue();
    const HttpResponse response = m_api.handle(request);
    m_busy = true;
    auto deliver = [this, response, keepAlive = request.keepAlive] {
        m_busy = false;
        if (response.drop) {
            m_closing = true;
            m_socket->abort();
            deleteLater();
            return;
        }
        m_socket->write(response.serialize(keepAlive));
        if (!keepAlive) {
            m_closing = true;
            m_socket->disconnectFromHost();
            return;
        }
        processNext();
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, this, deliver);
    else
        deliver();
}

} // namespace pinedesk
