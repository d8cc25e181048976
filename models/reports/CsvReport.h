#pragma once

#include "domain/Expected.h"

#include <QCoreApplication>
#include <QDate>

#include <atomic>
#include <functional>

namespace pinedesk {

class Database;

// The vendor's tabular reports as CSV files for a spreadsheet or an accountant: every access
// with its state, the payments of a period, the audit log of a period. Files appear only when
// complete (cancel or failure leave nothing). Meant for a worker thread.
class CsvReport
{
    Q_DECLARE_TR_FUNCTIONS(CsvReport)

public:
    enum class Kind { Accesses, Payments, AuditLog };
    static constexpr int chunk = 5000;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static QString title(Kind kind);
    static QString description(Kind kind);
    static QString suggestedFileName(Kind kind, QDate from, QDate to);
    // Whether the report covers a period (from/to, inclusive, UTC days).
    static bool hasPeriod(Kind kind) { return kind != Kind::Accesses; }

    static Expected<qint64> write(Database &database, Kind kind, QDate from, QDate to,
                                  const QString &path, const std::atomic<bool> &cancel,
                                  const Progress &progress = {});
};

} // namespace pinedesk
