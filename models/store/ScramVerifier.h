#pragma once

#include <QByteArray>
#include <QString>

namespace pinedesk {

// What PostgreSQL keeps of a password with scram-sha-256 (RFC 5802, RFC 7677):
// "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>". Computed here, a new member's
// first password never travels to the server, nor reaches its logs or ours, in clear.
class ScramVerifier
{
public:
    static constexpr int iterations = 4096; // PostgreSQL's default

    static QString of(const QString &password);
    // The same with a given salt (for tests against known vectors).
    static QString of(const QString &password, const QByteArray &salt, int rounds);
};

} // namespace pinedesk
