#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace pinedesk {

class Database;

// `pinedesk reconcile [--json] [--fix] [--adopt-unknown | --remove-unknown]`: compares who has
// access on TradingView with the intent; with --fix, queues the changes that make them match.
class ReconcileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileCommand)

public:
    static int run(const QStringList &arguments, Database &database, const QUrl &baseUrl);
};

} // namespace pinedesk
