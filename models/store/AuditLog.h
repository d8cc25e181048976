#pragma once

#include "StoreContext.h"
#include "domain/AuditEntry.h"
#include "domain/Expected.h"

#include <QList>

namespace pinedesk {

class Statement;

// The history of every change users make. record() joins the caller's transaction so the
// change and its audit line are written together or not at all.
class AuditLog
{
public:
    explicit AuditLog(StoreContext context)
        : m_ctx(std::move(context))
    {}

    Status record(const QString &action, const QString &entityType, qint64 entityId,
                  const QJsonObject &details = {});
    [[nodiscard]] Expected<QList<AuditEntry>> findForEntity(const QString &entityType,
                                                            qint64 entityId, int limit = 500);
    QList<AuditEntry> forEntity(const QString &entityType, qint64 entityId, int limit = 500);
    QList<AuditEntry> recent(int limit);
    qint64 count();

private:
    static Expected<QList<AuditEntry>> read(Statement &st);

    StoreContext m_ctx;
};

} // namespace pinedesk
