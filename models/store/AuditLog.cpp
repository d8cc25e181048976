#include "AuditLog.h"

#include "DbTime.h"
#include "Statement.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

Status AuditLog::record(const QString &action, const QString &entityType, qint64 entityId,
                        const QJsonObject &details)
{
    Statement st(m_ctx.database.connection(),
                 u"INSERT INTO audit_log (at, actor, action, entity_type, entity_id, details) "
                 "VALUES (:at, :actor, :action, :type, :id, :details)"_s);
    st.bind(u":at"_s, DbTime::toDb(m_ctx.clock.nowUtc()))
        .bind(u":actor"_s, m_ctx.who())
        .bind(u":action"_s, action)
        .bind(u":type"_s, entityType)
        .bind(u":id"_s, entityId)
        .bind(u":details"_s,
              QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    return st.exec();
}

Expected<QList<AuditEntry>> AuditLog::read(Statement &st)
{
    return st.readAll([](const Statement &row) {
        AuditEntry e;
        e.id = row.value(0).toLongLong();
        e.at = DbTime::fromDb(row.value(1));
        e.actor = row.value(2).toString();
        e.action = row.value(3).toString();
        e.entityType = row.value(4).toString();
        e.entityId = row.value(5).toLongLong();
        e.details = QJsonDocument::fromJson(row.value(6).toString().toUtf8()).object();
        e.login = row.value(7).toString();
        return e;
    });
}

QList<AuditEntry> AuditLog::forEntity(const QString &entityType, qint64 entityId, int limit)
{
    auto entries = findForEntity(entityType, entityId, limit);
    return entries ? std::move(entries).value() : QList<AuditEntry>();
}

Expected<QList<AuditEntry>> AuditLog::findForEntity(const QString &entityType, qint64 entityId,
                                                    int limit)
{
    Statement st(
        m_ctx.database.connection(),
        u"SELECT id, at, actor, action, entity_type, entity_id, details, login FROM audit_log "
        "WHERE entity_type = :type AND entity_id = :id ORDER BY at DESC, id DESC "
        "LIMIT :limit"_s);
    st.bind(u":type"_s, entityType).bind(u":id"_s, entityId).bind(u":limit"_s, limit);
    return read(st);
}

QList<AuditEntry> AuditLog::recent(int limit)
{
    Statement st(
        m_ctx.database.connection(),
        u"SELECT id, at, actor, action, entity_type, entity_id, details, login FROM audit_log "
        "ORDER BY id DESC LIMIT :limit"_s);
    st.bind(u":limit"_s, limit);
    auto entries = read(st);
    return entries ? std::move(entries).value() : QList<AuditEntry>();
}

qint64 AuditLog::count()
{
    Statement st(m_ctx.database.connection(), u"SELECT COUNT(*) FROM audit_log"_s);
    const auto first = st.execAndFirst();
    return (first && *first) ? st.value(0).toLongLong() : -1;
}

} // namespace pinedesk
