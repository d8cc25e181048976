#include "TvError.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

QString TvError::message() const
{
    switch (kind) {
    case Kind::SessionExpired:
        return tr("The TradingView session has expired or is not valid. Paste a fresh session "
                  "cookie; the pending work waits until then.");
    case Kind::RateLimited:
        return retryAfterSeconds ? tr("TradingView asked to slow down; retrying in %n second(s).",
                                      nullptr, *retryAfterSeconds)
                                 : tr("TradingView asked to slow down; retrying shortly.");
    case Kind::UserNotFound:
        return tr("The TradingView user \"%1\" does not exist. Check the spelling with the "
                  "client.")
            .arg(subject);
    case Kind::ScriptNotFound:
        return tr("TradingView does not know the script %1, or it does not belong to this "
                  "account.")
            .arg(subject);
    case Kind::AlreadyExists:
        return tr("TradingView says this already exists.");
    case Kind::BadRequest:
        return serverMessage.isEmpty()
                   ? tr("TradingView refused the request.")
                   : tr("TradingView refused the request: %1").arg(serverMessage);
    case Kind::ServerError:
        return tr("TradingView had an internal error (HTTP %1); it will be retried.")
            .arg(httpStatus);
    case Kind::NetworkError:
        return tr("TradingView could not be reached (%1). Check the internet connection.")
            .arg(serverMessage);
    case Kind::Timeout:
        return tr("TradingView did not answer in time; it will be retried.");
    case Kind::ProtocolError:
        return tr("TradingView sent an answer PineDesk does not understand (%1).")
            .arg(serverMessage);
    }
    return {};
}

bool TvError::isTransient() const
{
    return kind == Kind::RateLimited || kind == Kind::ServerError || kind == Kind::NetworkError ||
           kind == Kind::Timeout || kind == Kind::ProtocolError;
}

QString TvError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::SessionExpired:
        return u"session_expired"_s;
    case Kind::RateLimited:
        return u"rate_limited"_s;
    case Kind::UserNotFound:
        return u"user_not_found"_s;
    case Kind::ScriptNotFound:
        return u"script_not_found"_s;
    case Kind::AlreadyExists:
        return u"already_exists"_s;
    case Kind::BadRequest:
        return u"bad_request"_s;
    case Kind::ServerError:
        return u"server_error"_s;
    case Kind::NetworkError:
        return u"network_error"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::ProtocolError:
        return u"protocol_error"_s;
    }
    return {};
}

} // namespace pinedesk
