#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace pinedesk {

// `pinedesk tv check | validate USER | list PINE [--json] | add PINE USER [--expiration ISO] |
// modify PINE USER (--expiration ISO | --lifetime) | remove PINE USER | scripts`: one protocol
// call by hand, with the session from PINEDESK_TV_SESSION or the keychain.
class TvCommand
{
    Q_DECLARE_TR_FUNCTIONS(TvCommand)

public:
    static int run(const QStringList &arguments, const QUrl &baseUrl);
};

} // namespace pinedesk
