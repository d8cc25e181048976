#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace pinedesk {

// `pinedesk session set | check | clear`: the TradingView session in the keychain. `set` reads
// the cookie from standard input so it never appears in the shell history or the process list.
class SessionCommand
{
    Q_DECLARE_TR_FUNCTIONS(SessionCommand)

public:
    static int run(const QStringList &arguments, const QUrl &baseUrl);
};

} // namespace pinedesk
