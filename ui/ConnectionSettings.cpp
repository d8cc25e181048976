#include "ConnectionSettings.h"

#include "Prompter.h"
#include "tradingview/SessionVault.h"
#include "tradingview/TvConnection.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QLabel *hint(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ConnectionSettings::ConnectionSettings(TvConnection *tv, AppSettings &settings, QWidget *parent)
    : QGroupBox(tr("TradingView connection"), parent)
    , m_tv(tv)
    , m_settings(settings)
    , m_vault(new SessionVault(u"PineDesk"_s, u"tradingview-session"_s, this))
    , m_sandbox(new QRadioButton(tr("&Sandbox: a built-in TradingView with demo data"), this))
    , m_real(new QRadioButton(tr("&Real TradingView account"), this))
    , m_hint(hint(this))
    , m_cookie(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save to &keychain"), this))
    , m_forget(new QPushButton(tr("For&get session"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_sessionMessage(new QLabel(this))
    , m_connectionState(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_sandbox->setObjectName(u"sandboxMode"_s);
    m_real->setObjectName(u"realMode"_s);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_sandbox);
    modes->addButton(m_real);
    (settings.connection() == AppSettings::Connection::Sandbox ? m_sandbox : m_real)
        ->setChecked(true);
    layout->addWidget(m_sandbox);
    layout->addWidget(m_real);
    QLabel *modeHint = hint(this);
    modeHint->setText(tr("Switching takes effect after a restart. Each mode keeps its own "
                         "database, so the sandbox never touches real data."));
    layout->addWidget(modeHint);

    auto *form = new QFormLayout;
    m_cookie->setObjectName(u"sessionCookie"_s);
    m_cookie->setEchoMode(QLineEdit::Password);
    m_cookie->setPlaceholderText(tr("sessionid=…; sessionid_sign=…"));
    m_cookie->setToolTip(tr("In the browser, signed in to tradingview.com, copy the value of the "
                            "sessionid cookie (and sessionid_sign), or the whole Cookie header."));
    form->addRow(tr("Session &cookie:"), m_cookie);
    layout->addLayout(form);
    m_hint->setObjectName(u"sessionHint"_s);
    layout->addWidget(m_hint);

    auto *buttons = new QHBoxLayout;
    m_save->setObjectName(u"saveSession"_s);
    m_forget->setObjectName(u"forgetSession"_s);
    m_test->setObjectName(u"testConnection"_s);
    buttons->addWidget(m_save);
    buttons->addWidget(m_forget);
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_sessionMessage->setObjectName(u"sessionMessage"_s);
    m_sessionMessage->setWordWrap(true);
    layout->addWidget(m_sessionMessage);
    m_connectionState->setObjectName(u"connectionState"_s);
    m_connectionState->setWordWrap(true);
    m_connectionState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_connectionState);

    connect(m_real, &QRadioButton::toggled, this, &ConnectionSettings::chooseConnection);
    connect(m_cookie, &QLineEdit::textChanged, this, &ConnectionSettings::updateControls);
    connect(m_cookie, &QLineEdit::returnPressed, this, &ConnectionSettings::saveSession);
    connect(m_save, &QPushButton::clicked, this, &ConnectionSettings::saveSession);
    connect(m_forget, &QPushButton::clicked, this, &ConnectionSettings::forgetSession);
    connect(m_test, &QPushButton::clicked, this, &ConnectionSettings::testConnection);
    if (m_tv)
        connect(m_tv, &TvConnection::stateChanged, this, &ConnectionSettings::showConnectionState);
    showConnectionState();
    updateControls();
}

void ConnectionSettings::setSessionVault(SessionVault *vault)
{
    m_vault = vault;
}

AppSettings::Connection ConnectionSettings::selectedConnection() const
{
    return m_real->isChecked() ? AppSettings::Connection::Real : AppSettings::Connection::Sandbox;
}

QString ConnectionSettings::sessionMessage() const
{
    return m_sessionMessage->text();
}

QString ConnectionSettings::connectionMessage() const
{
    return m_connectionState->text();
}

void ConnectionSettings::chooseConnection()
{
    m_settings.setConnection(selectedConnection());
    updateControls();
    Q_EMIT connectionChosen(selectedConnection());
}

void ConnectionSettings::updateControls()
{
    const bool real = selectedConnection() == AppSettings::Connection::Real;
    m_cookie->setEnabled(real && !m_busy);
    m_save->setEnabled(real && !m_busy && !m_cookie->text().trimmed().isEmpty());
    m_forget->setEnabled(real && !m_busy);
    m_test->setEnabled(m_tv != nullptr && !m_busy);
    m_test->setToolTip(m_tv ? tr("Ask TradingView whose session PineDesk is using")
                            : tr("There is no TradingView connection to test here."));
    if (!real)
        m_hint->setText(tr("In Sandbox mode PineDesk signs in to its sandbox by itself. Choose "
                           "the real TradingView account to paste your session."));
    else if (SessionVault::environmentOverride())
        m_hint->setText(tr("PINEDESK_TV_SESSION is set: it takes precedence over the keychain."));
    else
        m_hint->setText(tr("The cookie is kept only in the system keychain, never in PineDesk's "
                           "files."));
}

void ConnectionSettings::setSessionMessage(const QString &text, bool problem)
{
    m_sessionMessage->setText(text);
    QFont font = m_sessionMessage->font();
    font.setBold(problem);
    m_sessionMessage->setFont(font);
}

void ConnectionSettings::saveSession()
{
    if (m_busy || selectedConnection() != AppSettings::Connection::Real)
        return;
    const Expected<TvSession> session = TvSession::parse(m_cookie->text());
    if (!session) {
        setSessionMessage(session.error(), true);
        return;
    }
    m_busy = true;
    updateControls();
    setSessionMessage(tr("Saving to the system keychain…"), false);
    QPointer<ConnectionSettings> self(this);
    m_vault->store(*session, [self, saved = *session](const Status &status) {
        if (ConnectionSettings *page = self.data())
            page->sessionStored(status, saved);
    });
}

void ConnectionSettings::sessionStored(const Status &status, const TvSession &session)
{
    m_busy = false;
    if (status)
        m_cookie->clear(); // the secret does not stay on screen
    updateControls();
    if (!status) {
        setSessionMessage(status.error(), true);
        return;
    }
    setSessionMessage(tr("Saved in the system keychain."), false);
    if (m_tv && !m_tv->isSandbox())
        m_tv->setSession(session);
    Q_EMIT sessionSaved(session);
}

void ConnectionSettings::forgetSession()
{
    if (m_busy || selectedConnection() != AppSettings::Connection::Real)
        return;
    if (!Prompter::instance().confirm(
            this, tr("Forget session"),
            tr("Remove the TradingView session from the system keychain? PineDesk cannot sync "
               "with TradingView until a new session is pasted."),
            tr("Forget")))
        return;
    m_busy = true;
    updateControls();
    QPointer<ConnectionSettings> self(this);
    m_vault->clear([self](const Status &status) {
        if (ConnectionSettings *page = self.data())
            page->sessionCleared(status);
    });
}

void ConnectionSettings::sessionCleared(const Status &status)
{
    m_busy = false;
    updateControls();
    if (!status) {
        setSessionMessage(status.error(), true);
        return;
    }
    setSessionMessage(tr("The session was removed from the system keychain."), false);
    if (m_tv && !m_tv->isSandbox())
        m_tv->clearSession();
}

void ConnectionSettings::testConnection()
{
    if (!m_tv || m_busy)
        return;
    // The sandbox in use has its own session. On the real TradingView a pasted cookie is tried
    // as it is (saving keeps it), else the one in use, else the one in the keychain.
    if (!m_tv->isSandbox() && !m_cookie->text().trimmed().isEmpty()) {
        const Expected<TvSession> session = TvSession::parse(m_cookie->text());
        if (!session) {
            setSessionMessage(session.error(), true);
            return;
        }
        m_tv->setSession(*session);
        return;
    }
    if (m_tv->isSandbox() || m_tv->hasSession()) {
        m_tv->check();
        return;
    }
    m_busy = true;
    updateControls();
    QPointer<ConnectionSettings> self(this);
    m_vault->load([self](const Expected<std::optional<TvSession>> &stored) {
        if (ConnectionSettings *page = self.data())
            page->storedSessionLoaded(stored);
    });
}

void ConnectionSettings::storedSessionLoaded(const Expected<std::optional<TvSession>> &stored)
{
    m_busy = false;
    updateControls();
    if (!stored)
        setSessionMessage(stored.error(), true);
    else if (!stored.value())
        setSessionMessage(tr("No session is saved yet: paste one above."), true);
    else if (m_tv)
        m_tv->setSession(*stored.value());
}

void ConnectionSettings::showConnectionState()
{
    m_connectionState->setText(m_tv ? tr("Connection in use: %1").arg(m_tv->stateText())
                                    : tr("No TradingView connection in this window."));
}

} // namespace pinedesk
