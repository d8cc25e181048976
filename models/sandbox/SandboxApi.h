#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "SandboxConfig.h"
#include "SandboxState.h"
#include "TokenBucket.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QRandomGenerator>

namespace pinedesk {

class Clock;

// The sandbox's TradingView: answers each request exactly as the protocol page says the real
// server does, from SandboxState, and plays the configured faults. No sockets here.
class SandboxApi
{
public:
    struct Counters
    {
        quint64 requests = 0;
        quint64 throttled = 0;
        quint64 failed = 0;
        quint64 dropped = 0;
        quint64 malformed = 0;
        QMap<QString, quint64> byEndpoint;
        // Writes (add, modify, remove) that reached the state, per "pine_id|username" (lower
        // case): tests prove with it that no pair was sent twice.
        QHash<QString, quint64> writesByPair;
    };

    SandboxApi(SandboxConfig config, SandboxState state, const Clock &clock);

    HttpResponse handle(const HttpRequest &request);

    SandboxState &state() { return m_state; }
    const SandboxConfig &config() const { return m_config; }
    SandboxConfig &config() { return m_config; }
    const Counters &counters() const { return m_counters; }
    // A fresh session (after expiry): the old cookie stops working, the new one is returned.
    QString renewSession();
    QString currentSession() const { return m_session; }

private:
    enum class CallClass { Write, Remove, Hint, Read };
    enum class Auth { Ok, Missing, Expired };

    Auth authenticate(const HttpRequest &request);
    std::optional<HttpResponse> throttle(CallClass callClass);
    HttpResponse route(const HttpRequest &request, const QString &endpoint);
    void purgeExpired(SandboxState::Script &script);

    HttpResponse usernameHint(const HttpRequest &request);
    HttpResponse listUsers(const HttpRequest &request, const QMap<QString, QString> &form);
    void countWrite(const QMap<QString, QString> &form);
    HttpResponse add(const QMap<QString, QString> &form);
    HttpResponse modify(const QMap<QString, QString> &form);
    HttpResponse remove(const QMap<QString, QString> &form);
    HttpResponse listScripts();
    HttpResponse scriptNames(const QMap<QString, QString> &form);
    HttpResponse accountDetails();
    HttpResponse signIn(const QMap<QString, QString> &form);
    HttpResponse admin(const HttpRequest &request);

    QByteArray userpic(const QString &username) const;

    SandboxConfig m_config;
    SandboxState m_state;
    const Clock &m_clock;
    QString m_session;
    QString m_previousSession; // still accepted after a rotation
    quint64 m_authenticatedCalls = 0;
    bool m_sessionDead = false;
    QMap<CallClass, TokenBucket> m_buckets;
    QElapsedTimer m_monotonic;
    QRandomGenerator m_random;
    Counters m_counters;
};

} // namespace pinedesk
