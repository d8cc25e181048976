#pragma once

#include "PageSetup.h"
#include "PdfTable.h"
#include "crm/ClientQuery.h"
#include "domain/Expected.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace pinedesk {

class Database;

// The clients of a CRM view on paper: what the view shows (search and filters, in words), how
// many, and one row per client with the username, name, e-mail, status, since when, the last
// payment and the active accesses, in the view's order. Read in chunks with progress and
// cancel and painted as a PdfTable, so a hundred thousand clients take seconds.
class ClientListPdf
{
    Q_DECLARE_TR_FUNCTIONS(ClientListPdf)

public:
    static constexpr int chunk = 2000;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static QString title();
    // The filter in the vendor's words ("search "anna" · status active, paused").
    static QString describe(const ClientFilter &filter);
    // The list read in chunks (progress and cancel between them), ready for PdfFile::writeTable.
    static Expected<PdfTable> table(Database &database, const ClientQuery &query,
                                    const std::atomic<bool> &cancel, const Progress &progress = {});
    // Reads and writes the list; the number of pages.
    static Expected<int> write(const QString &path, const PageSetup &setup, Database &database,
                               const ClientQuery &query, const std::atomic<bool> &cancel,
                               const Progress &progress = {});
};

} // namespace pinedesk
