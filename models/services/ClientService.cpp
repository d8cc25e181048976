#include "ClientService.h"

#include "ChangeFeed.h"
#include "crm/SegmentStore.h"
#include "store/AccessStore.h"
#include "store/AuditLog.h"
#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "store/PaymentStore.h"
#include "store/SyncQueueStore.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

ClientService::Removal ClientService::removeClients(const QList<qint64> &ids)
{
    ClientStore store(m_ctx.store);
    Removal removal;
    if (const Status allowed = m_ctx.require(Permission::DeleteClients); !allowed) {
        removal.refused = int(ids.size());
        removal.firstRefusal = allowed.error().message();
        return removal;
    }
    for (qint64 id : ids) {
        if (const Status s = store.remove(id); s) {
            ++removal.deleted;
        } else {
            ++removal.refused;
            if (removal.firstRefusal.isEmpty())
                removal.firstRefusal = s.error().message();
        }
    }
    if (removal.deleted > 0)
        m_ctx.announce(Change::Clients | Change::Payments);
    return removal;
}

Expected<qint64> ClientService::saveClient(const Client &client)
{
    ClientStore store(m_ctx.store);
    const auto needed = permissionToSave(client);
    if (!needed)
        return Expected<qint64>::failure(needed.error());
    if (const Status allowed = m_ctx.require(*needed); !allowed)
        return Expected<qint64>::failure(allowed.error());
    Expected<qint64> id = client.id;
    if (client.id == 0) {
        id = store.create(client);
    } else if (const Status s = store.update(client); !s) {
        id = Expected<qint64>::failure(s.error());
    }
    if (id)
        m_ctx.announce(Change::Clients);
    return id;
}

Expected<Permission> ClientService::permissionToSave(const Client &client)
{
    if (client.id == 0)
        return Permission::EditClients;
    const auto stored = ClientStore(m_ctx.store).findById(client.id);
    if (!stored)
        return Expected<Permission>::failure(stored.error());
    if (!*stored)
        return Permission::EditClients; // the store says it is gone
    // Only the TradingView username differs: a fix, which support may make.
    Client fixed = **stored;
    fixed.tvUsername = client.tvUsername;
    const bool onlyUsername = fixed.email == client.email && fixed.fullName == client.fullName &&
                              fixed.status == client.status && fixed.notes == client.notes &&
                              fixed.tags == client.tags && fixed.language == client.language &&
                              fixed.emailOptOut == client.emailOptOut;
    return onlyUsername ? Permission::FixUsernames : Permission::EditClients;
}

Expected<std::optional<Client>> ClientService::client(qint64 id)
{
    return ClientStore(m_ctx.store).findById(id);
}

Expected<std::optional<ClientProfile>> ClientService::profile(qint64 id)
{
    using R = Expected<std::optional<ClientProfile>>;
    auto client = ClientStore(m_ctx.store).findById(id);
    if (!client)
        return R::failure(client.error());
    if (!*client)
        return std::optional<ClientProfile>();
    ClientProfile profile;
    profile.client = std::move(**client);

    auto accesses = AccessStore(m_ctx.store).listForClient(id);
    if (!accesses)
        return R::failure(accesses.error());
    IndicatorStore indicators(m_ctx.store);
    SyncQueueStore queue(m_ctx.store);
    for (const Access &access : *accesses) {
        ClientProfile::AccessLine line{access, {}, std::nullopt};
        const auto indicator = indicators.findById(access.indicatorId);
        if (!indicator)
            return R::failure(indicator.error());
        if (*indicator) {
            line.indicatorName = (*indicator)->name;
            const auto latest =
                queue.latestForPair(profile.client.tvUsername, (*indicator)->pineId);
            if (!latest)
                return R::failure(latest.error());
            if (*latest)
                line.lastSync = (*latest)->state;
        }
        profile.accesses.append(std::move(line));
    }

    auto payments = PaymentStore(m_ctx.store).listForClient(id);
    if (!payments)
        return R::failure(payments.error());
    profile.payments = std::move(payments).value();

    auto history =
        AuditLog(m_ctx.store).findForEntity(u"client"_s, id, ClientProfile::historyLimit);
    if (!history)
        return R::failure(history.error());
    profile.history = std::move(history).value();
    return std::optional<ClientProfile>(std::move(profile));
}

Expected<QList<Segment>> ClientService::segments()
{
    return SegmentStore(m_ctx.store).list();
}

Expected<qint64> ClientService::saveSegment(const QString &name, const ClientFilter &filter)
{
    if (const Status allowed = m_ctx.require(Permission::EditClients); !allowed)
        return Expected<qint64>::failure(allowed.error());
    auto id = SegmentStore(m_ctx.store).save(name, filter);
    if (id)
        m_ctx.announce(Change::Segments);
    return id;
}

Status ClientService::removeSegment(qint64 id)
{
    if (const Status allowed = m_ctx.require(Permission::EditClients); !allowed)
        return allowed;
    const Status s = SegmentStore(m_ctx.store).remove(id);
    if (s)
        m_ctx.announce(Change::Segments);
    return s;
}

Expected<std::optional<Client>> ClientService::clientByUsername(const QString &username)
{
    return ClientStore(m_ctx.store).findByUsername(username);
}

} // namespace pinedesk
