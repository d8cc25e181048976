#pragma once

#include <QDateTime>
#include <QString>

namespace pinedesk {

// Every switch of the sandbox: the uncertain behaviours of the protocol page and the faults.
// Defaults behave like a healthy TradingView with no throttling.
struct SandboxConfig
{
    enum class RemoveNonMember { Ok, NotExists };
    enum class UsernameFilter { Exact, Prefix, Substring };

    // Account and session.
    QString ownerUsername = QStringLiteral("sandbox_vendor");
    QString ownerPassword = QStringLiteral("sandbox");
    QString session = QStringLiteral("sandbox-session");
    QString sessionSign = QStringLiteral("v3:sandbox-sign");
    bool requireSign = false;
    int expireAfterCalls = 0; // the session dies after N authenticated calls (0 = never)
    QDateTime expireAt;       // ... or at this time
    int rotateEvery = 0;      // Set-Cookie a new sessionid every N authenticated calls

    // Population.
    int users = 1000;
    int scripts = 3;
    quint64 seed = 1;

    // Rate limits per call class, tokens per second (0 = unlimited) and burst.
    double writeRate = 0;
    double writeBurst = 10;
    double removeRate = 0;
    double removeBurst = 10;
    double hintRate = 0;
    double hintBurst = 20;
    double readRate = 0;
    double readBurst = 20;
    bool retryAfter = true; // send Retry-After with 429

    // Faults.
    int latencyMinMs = 0;
    int latencyMaxMs = 0;
    double failRate = 0;      // 5xx before doing anything
    bool htmlErrors = true;   // 5xx as an HTML page (else DRF JSON)
    double dropRate = 0;      // close the connection without an answer
    double malformedRate = 0; // do the work, then answer with a broken body

    // Uncertain protocol behaviours.
    bool strictCase = false; // usernames must be sent in their canonical case
    RemoveNonMember removeNonMember = RemoveNonMember::Ok;
    UsernameFilter usernameFilter = UsernameFilter::Prefix;
    int defaultPageSize = 20;
    int maxLimit = 30;
    int graceDays = 0;    // expired grants stay listed this long
    int userpicBytes = 0; // > 0: base64 userpics of about this size
};

} // namespace pinedesk
