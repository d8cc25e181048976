#pragma once

#include "StoreContext.h"
#include "domain/Client.h"
#include "domain/Expected.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace pinedesk {

class Statement;

// Clients of the vendor. Usernames are unique ignoring case; every change is audited in the
// same transaction.
class ClientStore
{
    Q_DECLARE_TR_FUNCTIONS(ClientStore)

public:
    explicit ClientStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    // Validates, stores and returns the new id. The username and e-mail are cleaned
    // (blanks and a leading '@' removed).
    Expected<qint64> create(Client client);
    Status update(Client client);
    // Refused while the client still has accesses (revoke them first); payments go with it.
    Status remove(qint64 id);

    [[nodiscard]] Expected<std::optional<Client>> findById(qint64 id);
    std::optional<Client> byId(qint64 id); // a failed read reads as "none": display only
    // Decisions use findByUsername (a failed read is an error); byUsername is for display and
    // treats a failed read (logged) as "none".
    Expected<std::optional<Client>> findByUsername(const QString &username);
    // The one client with this e-mail and a TradingView username (nullopt: none, or several).
    [[nodiscard]] Expected<std::optional<Client>> findUniqueByEmail(const QString &email);
    std::optional<Client> byUsername(const QString &username);
    qint64 count();
    // Prefix match on username, e-mail or name, ordered by username.
    QList<Client> search(const QString &text, int limit, int offset = 0);

    // Shared with ClientBatchWriter, so that bulk imports check, store and audit clients
    // exactly as create() and update() do.
    static Status clean(Client &client) { return validate(client); }
    static QJsonObject auditFields(const Client &client);
    static QJsonObject auditChanges(const Client &before, const Client &after);
    static QString tagsToText(const QStringList &tags);
    static QString selectSql();
    static Client readRow(const Statement &st) { return fromRow(st); }

private:
    static Status validate(Client &client);
    std::optional<qint64> idOfUsername(const QString &username);
    static Client fromRow(const Statement &st);

    StoreContext m_ctx;
};

} // namespace pinedesk
