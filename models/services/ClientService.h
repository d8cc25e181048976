#pragma once

#include "ServiceContext.h"
#include "crm/ClientFilter.h"
#include "domain/Expected.h"

#include <QList>
#include <QString>

namespace pinedesk {

// The client use cases every front end calls: deleting clients and keeping saved segments. Each
// write commits on its own and announces what it changed on the feed.
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
    [[nodiscard]] Expected<qint64> saveSegment(const QString &name, const ClientFilter &filter);
    [[nodiscard]] Status removeSegment(qint64 id);

private:
    ServiceContext m_ctx;
};

} // namespace pinedesk
