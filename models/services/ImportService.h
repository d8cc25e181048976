#pragma once

#include "ServiceContext.h"
#include "import/ClientImporter.h"

#include <atomic>

namespace pinedesk {

// Importing a client or payment export, for the Import dialog and `pinedesk import clients`:
// one transaction per file (a cancel, a dry run or a failure leaves the database as it was),
// then, when something was written, the announcement of new or changed clients and payments.
class ImportService
{
public:
    explicit ImportService(ServiceContext context)
        : m_ctx(std::move(context))
    {}

    // Meant for a worker: `cancel` (may be null) stops it, `progress` (may be empty) reports
    // bytes read.
    [[nodiscard]] Expected<ImportResult> importClients(const QString &path,
                                                       const ClientImporter::Options &options,
                                                       const std::atomic<bool> *cancel = nullptr,
                                                       ClientImporter::Progress progress = {});

private:
    ServiceContext m_ctx;
};

} // namespace pinedesk
