#pragma once

#include "BackupFile.h"
#include "domain/Expected.h"

#include <QCoreApplication>

namespace pinedesk {

// Says whether a file is a sound PineDesk database this version can open: opened read-only on
// its own connection, it must pass SQLite's integrity and foreign-key checks and carry a schema
// version this program knows. Used on every backup before it is named as one, and on a file
// before it is restored.
class BackupVerifier
{
    Q_DECLARE_TR_FUNCTIONS(BackupVerifier)

public:
    [[nodiscard]] static Expected<BackupFile> verify(const QString &path);
};

} // namespace pinedesk
