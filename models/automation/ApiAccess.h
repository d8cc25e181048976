#pragma once

#include "ApiAnswer.h"
#include "store/StoreContext.h"
#include "sync/AccessChanges.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace pinedesk {

// POST /api/v1/access: grant, extend or revoke scripts or a plan for many users, or move them
// from one plan to another ("replace", the bulk wizard's change of plan). Each username is
// judged on its own; the valid ones are queued together as one batch through the services.
class ApiAccess
{
    Q_DECLARE_TR_FUNCTIONS(ApiAccess)

public:
    static constexpr int maxUsersPerRequest = 1000;

    explicit ApiAccess(StoreContext context);

    ApiAnswer handle(const QByteArray &body);

private:
    struct Users
    {
        QStringList valid;  // TradingView spelling, unique ignoring case
        QJsonArray results; // one per username sent, in order
    };

    static std::optional<ApiAnswer> readUsers(const QJsonObject &in, Users &users);
    ApiAnswer change(const QJsonObject &in, AccessChanges::Mode mode, const Users &users);
    ApiAnswer replace(const QJsonObject &in, Users users);

    StoreContext m_ctx;
};

} // namespace pinedesk
