#pragma once

#include "HttpRequestParser.h"

#include <QObject>
#include <QQueue>

class QTcpSocket;

namespace pinedesk {

class SandboxApi;

// One client connection: parses requests as bytes arrive and answers them in order, honouring
// the latency and drop faults the API decides. Deletes itself when the socket closes.
class SandboxConnection final : public QObject
{
    Q_OBJECT

public:
    SandboxConnection(QTcpSocket *socket, SandboxApi &api, QObject *parent);

private:
    void readIncoming();
    void processNext();

    QTcpSocket *m_socket;
    SandboxApi &m_api;
    HttpRequestParser m_parser;
    QQueue<HttpRequest> m_waiting;
    bool m_busy = false;
    bool m_closing = false;
};

} // namespace pinedesk
