#pragma once

#include "domain/Expected.h"
#include "store/StoreContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QPair>

#include <optional>

namespace pinedesk {

// Access from imported payments (the import's "give access" option). Each new paid payment of
// a plan's product gives the client that plan from the day it was paid, for the plan's duration
// plus the grace days: the latest payment wins, access is never shortened, and a period already
// over gives nothing, so importing two years of history grants what the last payment paid for.
// Applied through the outbox inside the import's transaction.
class ImportAccess
{
    Q_DECLARE_TR_FUNCTIONS(ImportAccess)

public:
    // `provider`: whose product ids the file carries (its mappings are looked up first); a
    // product that no mapping knows is taken as a plan's name.
    ImportAccess(StoreContext context, QString provider);

    // The plan a product or plan name stands for, if any.
    [[nodiscard]] Expected<std::optional<qint64>> planFor(const QString &product);
    void add(const QString &tvUsername, qint64 planId, const QDateTime &paidAt);
    // Queues the access; returns how many (client, script) pairs changed.
    [[nodiscard]] Expected<int> apply();

private:
    StoreContext m_ctx;
    QString m_provider;
    QHash<QString, std::optional<qint64>> m_plans;         // by product, as written
    QHash<QPair<QString, qint64>, QDateTime> m_latestPaid; // (username lower-cased, plan)
    QHash<QString, QString> m_spelling;                    // lower-cased -> as written
};

} // namespace pinedesk
