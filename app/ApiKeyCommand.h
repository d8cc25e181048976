#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pinedesk {

class Database;

// `pinedesk api-key create --name NAME | list | revoke NAME`: keys for the REST API of
// `pinedesk serve`. A new key is printed once; only its hash is kept.
class ApiKeyCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyCommand)

public:
    static int run(const QStringList &arguments, Database &database);
};

} // namespace pinedesk
