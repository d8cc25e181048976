#pragma once

#include "TradingViewClient.h"
#include "TvAccount.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace pinedesk {

// The console's own line to TradingView, on the GUI thread, for interactive look-ups (username
// checks, "is this script yours", the account's scripts, "Test connection"). Writes never go
// through it: they go through the queue and the sync engine.
class TvConnection final : public QObject
{
    Q_OBJECT

public:
    enum class State { NoSession, Checking, Connected, Expired, Offline };
    Q_ENUM(State)

    TvConnection(const QUrl &baseUrl, bool sandbox, QObject *parent = nullptr);
    // The client goes first: it aborts its replies, which belong to the network manager.
    ~TvConnection() override;

    TradingViewClient *client() const { return m_client; }
    bool isSandbox() const { return m_sandbox; }
    bool hasSession() const { return m_client->session().isValid(); }
    State state() const { return m_state; }
    QString accountName() const { return m_account.username; }
    QString lastError() const { return m_lastError; }
    // A sentence for the status bar and the Settings page.
    QString stateText() const;

    // Adopts the session and checks it (the answer arrives as stateChanged).
    void setSession(const TvSession &session);
    void clearSession();
    // Asks TradingView who the session belongs to.
    void check();
    // The sync engine found the session expired: show it until a new one is supplied.
    void markExpired();

Q_SIGNALS:
    void stateChanged(pinedesk::TvConnection::State state);
    void sessionRotated(const pinedesk::TvSession &session);

private:
    void setState(State state);

    QNetworkAccessManager *m_network;
    TradingViewClient *m_client;
    bool m_sandbox;
    State m_state = State::NoSession;
    TvAccount m_account;
    QString m_lastError;
    quint64 m_checkGeneration = 0;
};

} // namespace pinedesk
