#pragma once

#include "settings/KeychainSecret.h"
#include "store/DatabaseTarget.h"

namespace pinedesk {

// A team database's password: in the OS keychain, one entry per address (user, host, port and
// database), never in the settings. PGPASSWORD takes precedence, as it does for libpq.
class TeamDatabasePassword final : public KeychainSecret
{
    Q_OBJECT

public:
    explicit TeamDatabasePassword(const DatabaseTarget &target,
                                  QString service = QStringLiteral("PineDesk"),
                                  QObject *parent = nullptr);

    // Reads it, waiting for the keychain (at start-up, before the database opens). Empty: none
    // saved, or no keychain; libpq then looks in ~/.pgpass.
    static QString loadNow(const DatabaseTarget &target, QString *problem = nullptr);
};

} // namespace pinedesk
