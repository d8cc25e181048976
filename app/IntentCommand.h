#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace pinedesk {

class Database;

// `pinedesk grant|extend|revoke --users FILE|u1,u2 --indicator PINE [--indicator PINE...]
// (--duration 30D | --until YYYY-MM-DD | --lifetime)`: changes the intent and queues the
// changes as one batch; `pinedesk sync` then applies them on TradingView.
class IntentCommand
{
    Q_DECLARE_TR_FUNCTIONS(IntentCommand)

public:
    static int run(const QString &verb, const QStringList &arguments, Database &database,
                   const QUrl &baseUrl);
};

} // namespace pinedesk
