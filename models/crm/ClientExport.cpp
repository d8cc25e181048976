#include "ClientExport.h"

#include "csv/CsvWriter.h"
#include "import/ClientCsvColumns.h"
#include "store/Database.h"

#include <QSaveFile>

namespace pinedesk {

Expected<qint64> ClientExport::write(Database &database, const ClientQuery &query,
                                     const QString &path, const std::atomic<bool> &cancel,
                                     const Progress &progress)
{
    using Result = Expected<qint64>;
    const QSqlDatabase db = database.connection();
    const auto total = query.count(db);
    if (!total)
        return Result::failure(total.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result::failure(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    CsvWriter csv(file);
    csv.writeRow(ClientCsvColumns::header());
    // One statement read to the end: a consistent snapshot, and no work repeated per chunk.
    qint64 written = 0;
    bool cancelled = false;
    const Status read = query.forEachClient(db, [&](const Client &c) {
        csv.writeRow(ClientCsvColumns::fields(c));
        if (++written % chunk == 0) {
            if (progress)
                progress(written, *total);
            if (cancel.load()) {
                cancelled = true;
                return false;
            }
        }
        return true;
    });
    if (cancelled || cancel.load()) {
        file.cancelWriting();
        return Result::failure(tr("Export cancelled; no file was written."));
    }
    if (!read) {
        file.cancelWriting();
        return Result::failure(read.error());
    }
    if (progress)
        progress(written, *total);
    if (const Status s = csv.status(); !s) {
        file.cancelWriting();
        return Result::failure(s.error());
    }
    if (!file.commit())
        return Result::failure(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return written;
}

} // namespace pinedesk
