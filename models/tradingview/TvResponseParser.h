#pragma once

#include "TvAccount.h"
#include "TvError.h"
#include "TvGrant.h"
#include "TvScript.h"
#include "domain/Expected.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace pinedesk {

template<typename T>
using TvResult = Expected<T, TvError>;

// Turns TradingView's answers into typed results or one TvError. Pure and defensive: any body,
// however malformed or large, yields a value or a ProtocolError, never a crash.
class TvResponseParser
{
public:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray retryAfter; // raw Retry-After header, if any
        QString subject;       // the username or script the call was about
        // Set when no HTTP answer arrived at all (refused, dropped, timed out).
        std::optional<TvError> transportError;
    };
    struct UserPage
    {
        QList<TvGrant> grants;
        QString next; // empty when this was the last page
    };
    enum class AddOutcome { Created, Exists };
    enum class RemoveOutcome { Removed, NotMember };

    // The error for a non-2xx answer (or a 2xx one the caller could not use).
    static TvError error(const Answer &answer);

    static TvResult<TvAccount> account(const Answer &answer);
    // Canonical spelling of `username` from a hint list, or nullopt when it is not there.
    static TvResult<std::optional<QString>> usernameHint(const Answer &answer,
                                                         const QString &username);
    static TvResult<UserPage> userPage(const Answer &answer);
    static TvResult<AddOutcome> add(const Answer &answer);
    static TvResult<bool> modify(const Answer &answer);
    static TvResult<RemoveOutcome> remove(const Answer &answer);
    static TvResult<QStringList> scriptIds(const Answer &answer);
    static TvResult<QList<TvScript>> scriptNames(const Answer &answer);

    static std::optional<int> parseRetryAfter(const QByteArray &header);
};

} // namespace pinedesk
