#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QPair>
#include <QThread>

namespace pinedesk::test {

// A small HTTP/1.1 server on a loopback port, in a thread of its own, standing in for what
// PineDesk posts to (Discord, Slack, Telegram): it keeps every request and answers each path
// as scripted, so blocking code under test can run on the test's thread.
class FakeHttpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    FakeHttpServer();
    ~FakeHttpServer();

    quint16 port() const { return m_port; }
    QByteArray url(const QByteArray &path) const;
    // Answers for requests whose path starts with `prefix`, in order; the last one stays.
    void script(const QByteArray &prefix, QList<Answer> answers);
    QList<Request> requests() const;
    QList<Request> requestsTo(const QByteArray &prefix) const;

    // Used by the server's thread.
    void record(const Request &request);
    Answer answerFor(const QByteArray &path);

private:
    mutable QMutex m_mutex;
    QList<Request> m_requests;
    QMap<QByteArray, QList<Answer>> m_script;
    QThread m_thread;
    quint16 m_port = 0;
};

} // namespace pinedesk::test
