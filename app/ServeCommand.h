#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace pinedesk {

class Database;

// `pinedesk serve`: the automation server (payment webhooks) and the sync engine, headless,
// until SIGINT or SIGTERM. The engine holds the queue lease, so the desktop shows that serve is
// applying the queue.
class ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    static int run(const QStringList &arguments, Database &database, const QUrl &baseUrl);
};

} // namespace pinedesk
