#pragma once

#include "TvSession.h"
#include "domain/Expected.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

namespace pinedesk {

// Where the TradingView session lives: only in the OS keychain (Secret Service, KWallet, ...)
// through QtKeychain, with no plaintext fallback. For cron and servers the environment variable
// PINEDESK_TV_SESSION (a cookie string) takes precedence over the keychain. Calls are
// asynchronous; callbacks run on this object's thread.
class SessionVault final : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *environmentVariable = "PINEDESK_TV_SESSION";

    explicit SessionVault(QString service = QStringLiteral("PineDesk"),
                          QString key = QStringLiteral("tradingview-session"),
                          QObject *parent = nullptr);

    // The session from the environment, else from the keychain; nullopt when none is stored.
    void load(std::function<void(const Expected<std::optional<TvSession>> &)> done);
    void store(const TvSession &session, std::function<void(const Status &)> done);
    void clear(std::function<void(const Status &)> done);

    // Whether PINEDESK_TV_SESSION is set (the keychain is then not read).
    static bool environmentOverride();

private:
    QString m_service;
    QString m_key;
};

} // namespace pinedesk
