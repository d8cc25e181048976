#pragma once

#include "ClientQuery.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace pinedesk {

class Database;

// Writes the clients of a query to a CSV file in PineDesk's own client layout (which the import
// reads back). The file appears only when complete: a cancel or a failure leaves no partial
// file behind. Meant for a worker thread.
class ClientExport
{
    Q_DECLARE_TR_FUNCTIONS(ClientExport)

public:
    static constexpr int chunk = 2000;
    // done, total; called after each chunk.
    using Progress = std::function<void(qint64, qint64)>;

    static Expected<qint64> write(Database &database, const ClientQuery &query, const QString &path,
                                  const std::atomic<bool> &cancel, const Progress &progress = {});
};

} // namespace pinedesk
