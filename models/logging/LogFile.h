#pragma once

#include <QString>

namespace pinedesk {

// The rotating log file in the app's data folder (pinedesk.log, then pinedesk.log.1 ... .N).
// install() chains a message handler that appends every message with its time, level and
// category. Messages of PineDesk's own categories (technical details) stay in the file; others,
// and critical ones, still reach the previous handler (stderr); PINEDESK_LOG_STDERR=1 echoes all.
// Rotation happens when the file grows past maxBytes; a failed write never stops the program.
class LogFile
{
public:
    static constexpr qint64 defaultMaxBytes = 2 * 1024 * 1024;
    static constexpr int defaultKeep = 5;

    // The folder is created if needed. Returns false when the file cannot be opened (the
    // program then logs to stderr only).
    static bool install(const QString &path, qint64 maxBytes = defaultMaxBytes,
                        int keep = defaultKeep);
    static void uninstall();
    // Where the log is written ("" when not installed), for "Report a problem" and the docs.
    static QString path();
    static QString defaultPath();
};

} // namespace pinedesk
