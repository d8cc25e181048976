#pragma once

#include "domain/AccessIntent.h"
#include "domain/Expected.h"
#include "domain/Expiration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace pinedesk {

// What PineDesk intends today for a list of usernames: which client each one is (if any) and
// every access that client has. Read with a few queries whatever the length of the list, so the
// wizard can show "already has access until ..." and plan the run for thousands of users.
class BulkHoldings
{
    Q_DECLARE_TR_FUNCTIONS(BulkHoldings)

public:
    struct Holding
    {
        IntendedState intent = IntendedState::Revoked;
        Expiration expiration = Expiration::lifetime();
        std::optional<qint64> planId;
    };
    struct Client
    {
        qint64 id = 0;
        QString username; // the client's spelling
        QString fullName;
        QString email;
        QHash<qint64, Holding> accesses; // by indicator id
    };

    static Expected<BulkHoldings> load(const QSqlDatabase &db, const QStringList &usernames);

    // The client with this username (ignoring case), or nullptr when it is not a client.
    const Client *find(const QString &username) const;
    // What the client holds of the indicator at `now`: nullopt when nothing is running.
    static std::optional<Expiration> running(const Client *client, qint64 indicatorId,
                                             const QDateTime &now);
    int clientCount() const { return int(m_clients.size()); }

    // What the wizard shows next to a username: whether it is a client and what it holds now of
    // the indicators that matter (`names`: indicator id -> name), e.g. "Alpha until 2 Dec 2026".
    struct Summary
    {
        bool isClient = false;
        QString clientName;
        QString access; // empty when nothing runs
        bool lifetime = false;
    };
    Summary summarize(const QString &username, const QList<std::pair<qint64, QString>> &indicators,
                      const QDateTime &now) const;

private:
    QHash<QString, Client> m_clients; // by lower-case username
};

} // namespace pinedesk
