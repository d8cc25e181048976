#pragma once

#include "domain/Expected.h"

#include <QCoreApplication>

namespace pinedesk {

// File operations that survive a power cut: data flushed to the disk before a rename, and the
// rename itself (atomic, replacing the target) flushed in its folder.
class DurableFile
{
    Q_DECLARE_TR_FUNCTIONS(DurableFile)

public:
    [[nodiscard]] static Status flush(const QString &path);
    // Replaces `to` with `from` in one step: a reader sees the old file or the new one.
    [[nodiscard]] static Status renameOver(const QString &from, const QString &to);
    // Copies and flushes (the copy is not renamed into place).
    [[nodiscard]] static Status copy(const QString &from, const QString &to);
};

} // namespace pinedesk
