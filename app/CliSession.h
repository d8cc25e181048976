#pragma once

#include "tradingview/SessionVault.h"
#include "tradingview/TradingViewClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QUrl>

#include <functional>

namespace pinedesk {

// What every protocol command needs: a client on the chosen base URL with the stored session,
// and a way to end the command once a rotated cookie has been written back to the keychain.
class CliSession final : public QObject
{
    Q_OBJECT

public:
    explicit CliSession(const QUrl &baseUrl, QObject *parent = nullptr);

    TradingViewClient &client() { return m_client; }
    SessionVault &vault() { return m_vault; }
    // Loads the session; calls `ready(true)` with it installed, or prints why not and
    // `ready(false)`. With `required` false a missing session is not an error.
    void start(bool required, std::function<void(bool)> ready);
    // Ends the event loop with `code`, after any pending keychain write.
    void finish(int code);
    // Writes a rotated session back to the keychain (unless the environment provides it).
    void keep(const TvSession &session);

private:
    QNetworkAccessManager m_network;
    TradingViewClient m_client;
    SessionVault m_vault;
    int m_pendingWrites = 0;
    int m_exitCode = -1;
};

} // namespace pinedesk
