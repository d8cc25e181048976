#include "ClientCsvColumns.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

QStringList ClientCsvColumns::header()
{
    return {u"tv_username"_s, u"email"_s, u"full_name"_s, u"status"_s,
            u"notes"_s,       u"tags"_s,  u"created_at"_s};
}

QStringList ClientCsvColumns::fields(const Client &client)
{
    return {client.tvUsername,
            client.email,
            client.fullName,
            toText(client.status),
            client.notes,
            client.tags.join(u", "_s),
            client.createdAt.isValid() ? client.createdAt.toUTC().toString(Qt::ISODate)
                                       : QString()};
}

} // namespace pinedesk
