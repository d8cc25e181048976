#pragma once

#include "domain/Expected.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace pinedesk {

// The pasted TradingView login: the sessionid cookie and, for accounts that have one,
// sessionid_sign. Never logged or stored outside the keychain; masked() is for logs.
class TvSession
{
    Q_DECLARE_TR_FUNCTIONS(TvSession)

public:
    TvSession() = default;
    TvSession(QString sessionId, QString sign)
        : m_id(std::move(sessionId))
        , m_sign(std::move(sign))
    {}

    // Accepts what people paste: "sessionid=abc; sessionid_sign=v3:xyz", a whole browser Cookie
    // header with other cookies, or a bare sessionid value.
    static Expected<TvSession> parse(const QString &text);

    bool isValid() const { return !m_id.isEmpty(); }
    QString sessionId() const { return m_id; }
    QString sign() const { return m_sign; }
    // "sessionid=...; sessionid_sign=..." for the Cookie header (and the keychain).
    QString cookieHeader() const;
    // "sessionid=ab…yz (sign: yes)": safe for logs and messages.
    QString masked() const;

    friend bool operator==(const TvSession &, const TvSession &) = default;

private:
    QString m_id;
    QString m_sign;
};

} // namespace pinedesk

Q_DECLARE_METATYPE(pinedesk::TvSession)
