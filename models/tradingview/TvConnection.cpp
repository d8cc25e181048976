#include "TvConnection.h"

#include <QNetworkAccessManager>

namespace pinedesk {

TvConnection::TvConnection(const QUrl &baseUrl, bool sandbox, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_client(new TradingViewClient(m_network, baseUrl, this))
    , m_sandbox(sandbox)
{
    m_client->setTimeoutMs(15000); // interactive: the vendor is waiting for the answer
    connect(m_client, &TradingViewClient::sessionRotated, this, &TvConnection::sessionRotated);
}

TvConnection::~TvConnection()
{
    delete m_client;
}

QString TvConnection::stateText() const
{
    switch (m_state) {
    case State::NoSession:
        return tr("No TradingView session");
    case State::Checking:
        return tr("Checking the TradingView session…");
    case State::Connected:
        return m_sandbox ? tr("Sandbox account %1").arg(m_account.username)
                         : tr("Signed in as %1").arg(m_account.username);
    case State::Expired:
        return tr("TradingView session expired");
    case State::Offline:
        return tr("TradingView unreachable: %1").arg(m_lastError);
    }
    return {};
}

void TvConnection::setSession(const TvSession &session)
{
    m_client->setSession(session);
    check();
}

void TvConnection::clearSession()
{
    ++m_checkGeneration; // an answer still on its way is about the old session
    m_client->setSession(TvSession());
    m_account = {};
    setState(State::NoSession);
}

void TvConnection::check()
{
    if (!hasSession()) {
        setState(State::NoSession);
        return;
    }
    const quint64 generation = ++m_checkGeneration;
    setState(State::Checking);
    m_client->checkSession([this, generation](const TvResult<TvAccount> &result) {
        if (generation != m_checkGeneration)
            return;
        if (result) {
            m_account = *result;
            m_lastError.clear();
            setState(State::Connected);
            return;
        }
        m_lastError = result.error().message();
        setState(result.error().kind == TvError::Kind::SessionExpired ? State::Expired
                                                                      : State::Offline);
    });
}

void TvConnection::markExpired()
{
    ++m_checkGeneration;
    setState(State::Expired);
}

void TvConnection::setState(State state)
{
    if (state == m_state && state != State::Connected)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace pinedesk
