#pragma once

#include "BackupFile.h"
#include "domain/Expected.h"

#include <QCoreApplication>

namespace pinedesk {

class Clock;

// Puts a backup in place of the database file. The backup is verified first (a damaged file,
// or one from a newer PineDesk, is refused and nothing changes); the current file is backed up
// first (reason "pre-restore"); the swap is one rename, so the database is the old one or the
// restored one, never a mix. Refused while another PineDesk works on the database (it holds the
// queue). Afterwards every batch with waiting changes is paused: what TradingView holds may have
// moved since the backup, so the vendor reconciles before they go out.
class BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestore)

public:
    struct Outcome
    {
        BackupFile restored;
        std::optional<BackupFile> safetyCopy; // none when there was no database yet
        int pausedBatches = 0;
    };

    // Call with no connection open on databasePath in this process.
    [[nodiscard]] static Expected<Outcome> restore(const QString &databasePath,
                                                   const QString &backupPath,
                                                   const QString &backupFolder, const Clock &clock);
};

} // namespace pinedesk
