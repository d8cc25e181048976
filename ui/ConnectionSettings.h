#pragma once

#include "settings/AppSettings.h"
#include "tradingview/TvSession.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace pinedesk {

class SessionVault;
class TvConnection;

// The Settings page's "TradingView connection" group: Sandbox or the real TradingView, and the
// real account's session cookie, which goes only to the system keychain (never to PineDesk's
// settings, database or logs). "Test connection" asks TradingView whose session is in use.
class ConnectionSettings final : public QGroupBox
{
    Q_OBJECT

public:
    // tv: the console's line to TradingView (may be null: then nothing can be tested).
    ConnectionSettings(TvConnection *tv, AppSettings &settings, QWidget *parent = nullptr);

    void setSessionVault(SessionVault *vault);
    AppSettings::Connection selectedConnection() const;
    QString sessionMessage() const;
    QString connectionMessage() const;

Q_SIGNALS:
    // The vendor picked the other mode (already saved); it applies after a restart.
    void connectionChosen(pinedesk::AppSettings::Connection connection);
    void sessionSaved(const pinedesk::TvSession &session);

private:
    void chooseConnection();
    void updateControls();
    void saveSession();
    void forgetSession();
    void testConnection();
    void sessionStored(const Status &status, const TvSession &session);
    void sessionCleared(const Status &status);
    void storedSessionLoaded(const Expected<std::optional<TvSession>> &stored);
    void showConnectionState();
    void setSessionMessage(const QString &text, bool problem);

    TvConnection *m_tv;
    AppSettings &m_settings;
    SessionVault *m_vault;
    QRadioButton *m_sandbox;
    QRadioButton *m_real;
    QLabel *m_hint;
    QLineEdit *m_cookie;
    QPushButton *m_save;
    QPushButton *m_forget;
    QPushButton *m_test;
    QLabel *m_sessionMessage;
    QLabel *m_connectionState;
    bool m_busy = false; // a keychain job is running
};

} // namespace pinedesk
