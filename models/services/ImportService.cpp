#include "ImportService.h"

#include "ChangeFeed.h"

namespace pinedesk {

Expected<ImportResult> ImportService::importClients(const QString &path,
                                                    const ClientImporter::Options &options,
                                                    const std::atomic<bool> *cancel,
                                                    ClientImporter::Progress progress)
{
    // A dry run writes nothing: anyone may see what a file would do.
    if (!options.dryRun) {
        if (const Status allowed = m_ctx.require(Permission::EditClients); !allowed)
            return Expected<ImportResult>::failure(allowed.error());
    }
    ClientImporter importer(m_ctx.store);
    importer.setCancelFlag(cancel);
    if (progress)
        importer.setProgress(std::move(progress));
    auto result = importer.run(path, options);
    const bool wrote = result && !result->dryRun && !result->cancelled &&
                       (result->created + result->updated + result->payments) > 0;
    if (wrote) {
        Changes changes = Change::Clients;
        if (result->payments > 0)
            changes |= Change::Payments;
        if (result->accessQueued > 0)
            changes |= Change::Accesses | Change::Queue;
        m_ctx.announce(changes);
    }
    return result;
}

} // namespace pinedesk
