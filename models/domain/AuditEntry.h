#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pinedesk {

// One line of the history: who did what to which record, with the details as JSON.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString entityType;
    qint64 entityId = 0;
    QJsonObject details;
    // On a team database: the database login that made the change, filled in by the server.
    QString login;
};

} // namespace pinedesk
