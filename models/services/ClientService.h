#pragma once

#include "ClientProfile.h"
#include "ServiceContext.h"
#include "crm/ClientFilter.h"
#include "crm/Segment.h"
#include "domain/Client.h"
#include "domain/Expected.h"

#include <QList>
#include <QString>

namespace pinedesk {

// The client use cases every front end calls: creating and editing a client, reading its
// profile, deleting clients and keeping saved segments. Each write commits on its own (with its
// audit line) and announces what it changed on the feed.
class ClientService
{
public:
    struct Removal
    {
        int deleted = 0;
        int refused = 0;
        QString firstRefusal; // why the first refused one was kept, for the vendor
    };

    explicit ClientService(ServiceContext context)
        : m_ctx(std::move(context))
    {}

    // Deletes each client in its own checked and audited transaction (a client who ever held
    // an access is kept, so its history stays). Meant for a worker: it may take a while.
    [[nodiscard]] Removal removeClients(const QList<qint64> &ids);
    // Creates (id 0) or updates the client; returns its id. The username is checked and kept as
    // typed (an '@' dropped); a username or e-mail another client has is refused.
    [[nodiscard]] Expected<qint64> saveClient(const Client &client);
    [[nodiscard]] Expected<std::optional<Client>> client(qint64 id);
    [[nodiscard]] Expected<std::optional<Client>> clientByUsername(const QString &username);
    // The client with its accesses, payments and history; nullopt when it no longer exists.
    [[nodiscard]] Expected<std::optional<ClientProfile>> profile(qint64 id);

    [[nodiscard]] Expected<QList<Segment>> segments();
    [[nodiscard]] Expected<qint64> saveSegment(const QString &name, const ClientFilter &filter);
    [[nodiscard]] Status removeSegment(qint64 id);

private:
    // What saving this client takes: fixing only its username, or editing it.
    Expected<Permission> permissionToSave(const Client &client);
    ServiceContext m_ctx;
};

} // namespace pinedesk
