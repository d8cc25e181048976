#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pinedesk {

// `pinedesk sandbox serve ...`: the TradingView sandbox as a standalone loopback server.
class SandboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace pinedesk
