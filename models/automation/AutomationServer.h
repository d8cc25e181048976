#pragma once

#include "EventProcessor.h"
#include "ProviderRegistry.h"
#include "RestApi.h"
#include "WebhookIntake.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QHostAddress>
#include <QThread>

#include <memory>

namespace pinedesk {

// `pinedesk serve`'s HTTP side: POST /webhooks/<provider> (Gumroad: /webhooks/gumroad/<token>),
// the REST API under /api/v1 (RestApi) and GET /health. Each delivery is verified and kept in the
// inbox before the answer; the processor applies it after. Lives on one thread (the main one
// headless, a worker in the GUI).
// The database in the context must outlive the server (its processor's thread closes its
// connection there when the server goes).
class AutomationServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    AutomationServer(StoreContext context, QMap<QString, ProviderAdapter::Config> configs,
                     QObject *parent = nullptr);
    ~AutomationServer() override;

    // Listens; returns the port (0: failed, see errorString()). Events kept before a restart
    // wait for processor().kick(), once the caller has given it TradingView (or decided not to).
    quint16 start(const QHostAddress &address, quint16 port);
    QString errorString() const { return m_error; }
    // Applies the inbox on a thread of its own, so deliveries are answered while it works.
    EventProcessor &processor() { return *m_processor; }
    const ProviderRegistry &providers() const { return m_registry; }

Q_SIGNALS:
    // A delivery was answered (for logs and the GUI; never carries the body or a secret).
    void answered(const QString &provider, int httpStatus, qint64 eventId);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void reply(const QHttpServerRequest &request, QTcpSocket *socket, int status,
               const QJsonObject &body);

    const Clock &m_clock;
    ProviderRegistry m_registry;
    WebhookIntake m_intake;
    RestApi m_api;
    QThread m_processorThread;
    EventProcessor *m_processor; // lives on m_processorThread, deleted when it ends
    QString m_error;
};

} // namespace pinedesk
