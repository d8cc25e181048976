#pragma once

#include "Statement.h"
#include "StoreContext.h"
#include "domain/Client.h"
#include "domain/Expected.h"
#include "domain/Payment.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace pinedesk {

// Writes many clients and payments inside one transaction that the caller owns (an import),
// with every statement prepared once on this thread's connection and reused. Checks, stored
// values and audit lines are those of ClientStore and PaymentStore; only the per-call
// transaction and statement preparation are left out, which is what makes 100,000 lines fast.
class ClientBatchWriter
{
    Q_DECLARE_TR_FUNCTIONS(ClientBatchWriter)

public:
    explicit ClientBatchWriter(StoreContext context);

    // Reads every username and e-mail and the payment references of `paymentSource` once, so
    // that lines for new clients need no look-up at all. Only valid inside the caller's write
    // transaction (nobody else can add clients meanwhile); the writer keeps the sets current.
    Status preload(const QString &paymentSource);

    // Exact username match, ignoring case.
    Expected<std::optional<Client>> byUsername(const QString &username);
    // The oldest client with this e-mail (ignoring case); with `contactsOnly` only those without
    // a username, i.e. contacts that a username may now be given to.
    Expected<std::optional<Client>> byEmail(const QString &email, bool contactsOnly);
    Expected<qint64> create(Client client);
    // Writes `after` over `before` (same id) when they differ; audited with the changed fields.
    // Returns whether anything changed.
    Expected<bool> update(const Client &before, Client after);
    // Adds the payment unless its (source, reference) is already recorded: then false.
    Expected<bool> addPayment(Payment payment);

private:
    Status audit(const QString &action, const QString &type, qint64 id, const QJsonObject &details);
    Expected<std::optional<Client>> first(Statement &st);

    void remember(const Client &client);

    StoreContext m_ctx;
    QSqlDatabase m_db;
    Statement m_byUsername;
    Statement m_byEmail;
    Statement m_contactByEmail;
    Statement m_insert;
    Statement m_update;
    Statement m_audit;
    Statement m_paymentExists;
    Statement m_insertPayment;
    bool m_preloaded = false;
    QSet<QString> m_usernames;     // lower case
    QSet<QString> m_emails;        // lower case, every client
    QSet<QString> m_contactEmails; // lower case, clients without a username
    QString m_paymentSource;
    QSet<QString> m_references; // of m_paymentSource
};

} // namespace pinedesk
