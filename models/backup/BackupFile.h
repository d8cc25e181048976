#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace pinedesk {

// One backup of the database as the vendor sees it in the list: when, why, how big, and what it
// holds (read when it was verified).
struct BackupFile
{
    QString path;
    QDateTime takenAt; // UTC, from the file name
    QString reason;    // "daily", "manual", "pre-restore", ...
    qint64 size = 0;
    int schemaVersion = 0;
    qint64 clients = -1; // -1: not read (a listing without verification)
    qint64 accesses = -1;
};

} // namespace pinedesk

Q_DECLARE_METATYPE(pinedesk::BackupFile)
