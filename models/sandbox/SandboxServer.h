#pragma once

#include "SandboxApi.h"

#include <QObject>
#include <QUrl>

class QTcpServer;

namespace pinedesk {

// The sandbox on a loopback TCP port, speaking HTTP/1.1 with keep-alive. Used in-process by
// tests and Sandbox mode, and by `pinedesk sandbox serve`.
class SandboxServer final : public QObject
{
    Q_OBJECT

public:
    SandboxServer(SandboxConfig config, SandboxState state, const Clock &clock,
                  QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1; port 0 picks a free one.
    bool listen(quint16 port = 0);
    QString errorString() const;
    quint16 port() const;
    QUrl baseUrl() const;
    SandboxApi &api() { return m_api; }

private:
    void accept();

    SandboxApi m_api;
    QTcpServer *m_server;
};

} // namespace pinedesk
