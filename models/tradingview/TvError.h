#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pinedesk {

// Everything that can go wrong talking to TradingView, as one kind per case the sync engine and
// the vendor handle differently. message() is written for the vendor; serverMessage keeps what
// the server said (never a cookie).
struct TvError
{
    Q_DECLARE_TR_FUNCTIONS(TvError)

public:
    enum class Kind {
        SessionExpired,
        RateLimited,
        UserNotFound,
        ScriptNotFound,
        AlreadyExists,
        BadRequest,
        ServerError,
        NetworkError,
        Timeout,
        ProtocolError,
    };

    Kind kind = Kind::ProtocolError;
    int httpStatus = 0;
    QString serverMessage;
    std::optional<int> retryAfterSeconds;
    QString subject; // the username or script the call was about

    // A sentence for the vendor, with what to do next.
    QString message() const;
    // Worth trying the same call again later (rate limits, server and network trouble).
    bool isTransient() const;
    static QString kindName(Kind kind);
};

} // namespace pinedesk
