#pragma once

#include "ImportLayout.h"
#include "ImportResult.h"
#include "ImportRow.h"
#include "csv/CsvFormat.h"
#include "domain/Expected.h"
#include "store/StoreContext.h"

#include <QCoreApplication>
#include <QIODevice>

#include <atomic>
#include <functional>

namespace pinedesk {

class ClientBatchWriter;
class ImportAccess;

// Imports clients (and their payments) from a CSV export in ONE transaction: a cancel, a crash
// or a dry run leaves the database exactly as it was. Lines are checked with the domain
// validators; a bad line is reported with its number and reason and the others go in. A
// username that exists (in any case) updates that client, never duplicates it: the file's
// name, e-mail and status win, empty notes are filled and tags are added; a later line of the
// same file updates what an earlier one wrote. A line without a username joins the client with
// its e-mail, else becomes an e-mail-only contact, and a username may later be given to that
// contact. Payments carry the layout as source and the export's id as reference, so importing
// a file again adds no payment twice; when asked, new paid payments give access to the plan
// they bought, through the outbox in the same transaction. Runs on any thread (use the thread's
// connection and close it afterwards); progress and cancel are checked on every line.
class ClientImporter
{
    Q_DECLARE_TR_FUNCTIONS(ClientImporter)

public:
    struct Options
    {
        CsvFormat format;
        ImportLayout layout; // its id becomes the payments' source
        ColumnMapping mapping;
        bool hasHeader = true;
        bool importPayments = true;
        // New paid payments of a plan's product give the client that plan (ImportAccess).
        bool applyAccess = false;
        bool dryRun = false; // do everything, then roll back
    };
    // Bytes read so far and the size of the input (0 when unknown).
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit ClientImporter(StoreContext context);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    // A failure means nothing was written (the file could not be read, or the database refused).
    Expected<ImportResult> run(const QString &path, const Options &options);
    Expected<ImportResult> run(QIODevice &input, const Options &options);

    // The client after a line's fields are merged into an existing one.
    static Client merged(const Client &existing, const ImportRow &row);

private:
    enum class Outcome { Created, Updated, Unchanged };
    Expected<Outcome> apply(ClientBatchWriter &writer, const ImportRow &row, ImportResult &result,
                            ImportAccess *access);

    StoreContext m_ctx;
    Progress m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace pinedesk
