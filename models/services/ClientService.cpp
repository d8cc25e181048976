#include "ClientService.h"

#include "ChangeFeed.h"
#include "crm/SegmentStore.h"
#include "store/ClientStore.h"

namespace pinedesk {

ClientService::Removal ClientService::removeClients(const QList<qint64> &ids)
{
    ClientStore store(m_ctx.store);
    Removal removal;
    for (qint64 id : ids) {
        if (const Status s = store.remove(id); s) {
            ++removal.deleted;
        } else {
            ++removal.refused;
            if (removal.firstRefusal.isEmpty())
                removal.firstRefusal = s.error().message();
        }
    }
    if (removal.deleted > 0 && m_ctx.feed)
        m_ctx.feed->announce(Change::Clients | Change::Payments);
    return removal;
}

Expected<qint64> ClientService::saveSegment(const QString &name, const ClientFilter &filter)
{
    auto id = SegmentStore(m_ctx.store).save(name, filter);
    if (id && m_ctx.feed)
        m_ctx.feed->announce(Change::Segments);
    return id;
}

Status ClientService::removeSegment(qint64 id)
{
    const Status s = SegmentStore(m_ctx.store).remove(id);
    if (s && m_ctx.feed)
        m_ctx.feed->announce(Change::Segments);
    return s;
}

} // namespace pinedesk
