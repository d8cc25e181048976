#pragma once

#include "BackupFile.h"
#include "domain/Expected.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QList>
#include <QSet>

namespace pinedesk {

// The backups in a folder: named pinedesk-YYYYMMDD-HHMMSS-REASON.sqlite (UTC), so the name says
// when and why and sorts by time. A backup being written is a ".part" file until it is verified
// and renamed: a listing never shows one, and an interrupted one is removed.
class BackupCatalog
{
    Q_DECLARE_TR_FUNCTIONS(BackupCatalog)

public:
    struct Retention
    {
        int daily = 7;    // the newest backup of each of the last N days that have one
        int weekly = 4;   // ... of each of the last N ISO weeks
        int monthly = 12; // ... of each of the last N months
    };

    static QString fileNameFor(const QDateTime &takenAtUtc, const QString &reason);
    // What the name says (takenAt, reason) and the size; the counts stay unknown.
    static BackupFile describe(const QFileInfo &file);
    // The backups in the folder, newest first (unverified). A folder that cannot be read is an
    // error, not an empty list: a restore or a retention must not act on it.
    [[nodiscard]] static Expected<QList<BackupFile>> list(const QString &folder);
    // The backups the retention no longer keeps. Pure: decided on the names' times.
    static QList<BackupFile> expired(const QList<BackupFile> &backups, const Retention &retention);
    // Deletes what expired(); returns how many went.
    [[nodiscard]] static Expected<int> prune(const QString &folder, const Retention &retention);
    // Removes ".part" files an interrupted backup left (untouched for ten minutes).
    static void removeUnfinished(const QString &folder);
};

} // namespace pinedesk
