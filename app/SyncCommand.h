#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include "sync/SyncConfig.h"

namespace pinedesk {

class Database;

// `pinedesk sync [--until-idle]`: runs the sync engine without a window, progress on stderr.
// Exit 0 when the queue drained, 1 when rows are dead, 3 when the session expired.
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    static int run(const QStringList &arguments, Database &database, const QUrl &baseUrl);
    // Pacing for a headless engine, tunable without a settings file (cron, tests, benches).
    static SyncConfig configFromEnvironment();
};

} // namespace pinedesk
