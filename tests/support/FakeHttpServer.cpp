#include "FakeHttpServer.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>

namespace pinedesk::test {

namespace {

// One connection: reads a whole request (headers, then Content-Length bytes), answers, closes.
void serve(QTcpSocket *socket, FakeHttpServer *owner)
{
    auto buffer = std::make_shared<QByteArray>();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, owner, buffer] {
        buffer->append(socket->readAll());
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        FakeHttpServer::Request request;
        const QList<QByteArray> lines = buffer->left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer->size() < end + 4 + length)
            return;
        request.body = buffer->mid(end + 4, length);
        owner->record(request);
        const FakeHttpServer::Answer answer = owner->answerFor(request.path);
        QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + " Scripted\r\n";
        for (const auto &[name, value] : answer.headers)
            response += name + ": " + value + "\r\n";
        response += "Content-Length: " + QByteArray::number(answer.body.size()) +
                    "\r\nConnection: close\r\n\r\n" + answer.body;
        socket->write(response);
        socket->disconnectFromHost();
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

} // namespace

FakeHttpServer::FakeHttpServer()
{
    QSemaphore ready;
    QObject *context = new QObject;
    context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::started, context, [this, context, &ready] {
        auto *server = new QTcpServer(context);
        if (server->listen(QHostAddress::LocalHost, 0))
            m_port = server->serverPort();
        QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
            while (QTcpSocket *socket = server->nextPendingConnection())
                serve(socket, this);
        });
        ready.release();
    });
    QObject::connect(&m_thread, &QThread::finished, context, &QObject::deleteLater);
    m_thread.start();
    ready.acquire();
}

FakeHttpServer::~FakeHttpServer()
{
    m_thread.quit();
    m_thread.wait();
}

QByteArray FakeHttpServer::url(const QByteArray &path) const
{
    return "http://127.0.0.1:" + QByteArray::number(m_port) + path;
}

void FakeHttpServer::script(const QByteArray &prefix, QList<Answer> answers)
{
    QMutexLocker lock(&m_mutex);
    m_script.insert(prefix, std::move(answers));
}

QList<FakeHttpServer::Request> FakeHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

QList<FakeHttpServer::Request> FakeHttpServer::requestsTo(const QByteArray &prefix) const
{
    QList<Request> found;
    for (const Request &r : requests()) {
        if (r.path.startsWith(prefix))
            found.append(r);
    }
    return found;
}

void FakeHttpServer::record(const Request &request)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(request);
}

FakeHttpServer::Answer FakeHttpServer::answerFor(const QByteArray &path)
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_script.begin(); it != m_script.end(); ++it) {
        if (!path.startsWith(it.key()) || it.value().isEmpty())
            continue;
        return it.value().size() > 1 ? it.value().takeFirst() : it.value().first();
    }
    return Answer{404, "no such hook", {}};
}

} // namespace pinedesk::test
