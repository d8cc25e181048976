#include "BackupRestore.h"

#include "BackupVerifier.h"
#include "BackupWriter.h"
#include "DurableFile.h"
#include "domain/Clock.h"
#include "services/QueueService.h"
#include "store/Database.h"
#include "store/QueueLeaseStore.h"
#include "store/Statement.h"
#include "sync/SyncConfig.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// Refuses while a live PineDesk holds the queue of this database; takes the safety copy.
Expected<std::optional<BackupFile>> prepareCurrent(const QString &databasePath,
                                                   const QString &backupFolder, const Clock &clock)
{
    using R = Expected<std::optional<BackupFile>>;
    if (!QFileInfo::exists(databasePath))
        return std::optional<BackupFile>();
    Database current(databasePath);
    if (const Status s = current.open(); !s)
        return R::failure(s.error());
    const StoreContext context{current, clock, u"restore"_s};
    const auto holder = QueueLeaseStore(context).holder();
    if (!holder)
        return R::failure(holder.error());
    if (*holder &&
        !QueueLeaseStore::isDead(**holder, clock.nowUtc(), SyncConfig().leaseStaleSeconds)) {
        return R::failure(Error(
            Error::Kind::Busy,
            BackupRestore::tr("PineDesk is working on this database (%1, process %2 on %3). Close "
                              "it, or stop that command, then restore.")
                .arg((*holder)->kind)
                .arg((*holder)->pid)
                .arg((*holder)->host)));
    }
    auto safety = BackupWriter::write(current, backupFolder, u"pre-restore"_s, clock.nowUtc());
    if (!safety)
        return R::failure(safety.error());
    return std::optional<BackupFile>(*safety);
}

// Every batch that still has changes to send waits for the vendor.
Expected<int> pauseWaitingBatches(const QString &databasePath, const Clock &clock)
{
    Database restored(databasePath);
    if (const Status s = restored.open(); !s)
        return Expected<int>::failure(s.error());
    Statement st(
        restored.connection(),
        u"SELECT DISTINCT batch_id FROM sync_queue WHERE batch_id IS NOT NULL AND state IN "
        "('pending', 'in_flight', 'retry')"_s);
    const auto batches = st.readAll([](const Statement &row) { return row.value(0).toLongLong(); });
    if (!batches)
        return Expected<int>::failure(batches.error());
    QueueService queue(StoreContext{restored, clock, u"restore"_s});
    for (qint64 id : *batches) {
        if (const Status s = queue.setBatchPaused(id, true); !s)
            return Expected<int>::failure(s.error());
    }
    return int(batches->size());
}

} // namespace

Expected<BackupRestore::Outcome> BackupRestore::restore(const QString &databasePath,
                                                        const QString &backupPath,
                                                        const QString &backupFolder,
                                                        const Clock &clock)
{
    using R = Expected<Outcome>;
    Outcome outcome;
    auto verified = BackupVerifier::verify(backupPath);
    if (!verified)
        return R::failure(verified.error());
    outcome.restored = *verified;

    auto safety = prepareCurrent(databasePath, backupFolder, clock);
    if (!safety)
        return R::failure(safety.error());
    outcome.safetyCopy = *safety;

    // The copy is complete and on disk before it takes the database's name.
    const QString incoming = databasePath + u".restore.part"_s;
    if (const Status s = DurableFile::copy(backupPath, incoming); !s) {
        QFile::remove(incoming);
        return R::failure(s.error());
    }
    // The old file's journal belongs to it; all its connections are closed, so it is checkpointed.
    QFile::remove(databasePath + u"-wal"_s);
    QFile::remove(databasePath + u"-shm"_s);
    if (const Status s = DurableFile::renameOver(incoming, databasePath); !s) {
        QFile::remove(incoming);
        return R::failure(s.error());
    }
    const auto paused = pauseWaitingBatches(databasePath, clock);
    if (!paused)
        return R::failure(paused.error());
    outcome.pausedBatches = *paused;
    return outcome;
}

} // namespace pinedesk
