#include "SandboxFixture.h"

#include <QTimeZone>

namespace pinedesk::test {

SandboxFixture::SandboxFixture(SandboxConfig config, int users, int scripts)
    : m_clock(QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc()))
{
    SandboxState state;
    state.seed(users, scripts, config.seed);
    m_scripts = state.scriptIds();
    const TvSession session(config.session, config.sessionSign);
    m_server = std::make_unique<SandboxServer>(std::move(config), std::move(state), m_clock);
    m_listening = m_server->listen();
    m_client = std::make_unique<TradingViewClient>(&m_network, m_server->baseUrl());
    m_client->setSession(session);
    m_client->setTimeoutMs(10000);
}

QUrl SandboxFixture::url(const QString &path) const
{
    return m_server->baseUrl().resolved(QUrl(path));
}

const SandboxState::Grant *SandboxFixture::grant(const QString &pineId, const QString &username)
{
    SandboxState::Script *script = state().script(pineId);
    if (!script)
        return nullptr;
    const auto it = script->grants.constFind(username.toLower());
    return it == script->grants.constEnd() ? nullptr : &*it;
}

} // namespace pinedesk::test
