#include "SegmentStore.h"

#include "store/AuditLog.h"
#include "store/DbTime.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

Expected<qint64> SegmentStore::save(const QString &rawName, const ClientFilter &filter)
{
    using Result = Expected<qint64>;
    const QString name = rawName.simplified();
    if (name.isEmpty())
        return Result::failure(tr("A segment needs a name."));
    if (name.size() > 80)
        return Result::failure(tr("A segment name has at most 80 characters."));
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Result::failure(tx.error());
    const QString definition =
        QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact));
    const QVariant now = DbTime::toDb(m_ctx.clock.nowUtc());
    Statement existing(db, u"SELECT id FROM segments WHERE name = :name"_s);
    existing.bind(u":name"_s, name);
    const auto found = existing.execAndFirst();
    if (!found)
        return Result::failure(found.error());
    qint64 id = 0;
    if (*found) {
        id = existing.value(0).toLongLong();
        Statement update(db, u"UPDATE segments SET name = :name, definition = :definition, "
                             "updated_at = :now WHERE id = :id"_s);
        update.bind(u":name"_s, name)
            .bind(u":definition"_s, definition)
            .bind(u":now"_s, now)
            .bind(u":id"_s, id);
        if (const Status s = update.exec(); !s)
            return Result::failure(s.error());
    } else {
        Statement insert(db, u"INSERT INTO segments (name, definition, created_at, updated_at) "
                             "VALUES (:name, :definition, :now, :now)"_s);
        insert.bind(u":name"_s, name).bind(u":definition"_s, definition).bind(u":now"_s, now);
        if (const Status s = insert.exec(); !s)
            return Result::failure(s.error());
        id = insert.lastInsertId();
    }
    const QJsonObject details{{u"name"_s, name}, {u"filter"_s, filter.toJson()}};
    if (const Status s = AuditLog(m_ctx).record(u"segment.saved"_s, u"segment"_s, id, details); !s)
        return Result::failure(s.error());
    if (const Status s = tx.commit(); !s)
        return Result::failure(s.error());
    return id;
}

Status SegmentStore::remove(qint64 id)
{
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    Statement st(db, u"DELETE FROM segments WHERE id = :id"_s);
    st.bind(u":id"_s, id);
    if (const Status s = st.exec(); !s)
        return s;
    if (st.rowsAffected() == 0)
        return Status::failure(tr("That segment no longer exists."));
    if (const Status s = AuditLog(m_ctx).record(u"segment.deleted"_s, u"segment"_s, id); !s)
        return s;
    return tx.commit();
}

Expected<QList<Segment>> SegmentStore::list()
{
    Statement st(m_ctx.database.connection(),
                 u"SELECT id, name, definition FROM segments ORDER BY name"_s);
    return st.readAll([](const Statement &row) {
        Segment s;
        s.id = row.value(0).toLongLong();
        s.name = row.value(1).toString();
        s.filter = ClientFilter::fromJson(
            QJsonDocument::fromJson(row.value(2).toString().toUtf8()).object());
        return s;
    });
}

QList<Segment> SegmentStore::all()
{
    auto segments = list();
    return segments ? std::move(segments).value() : QList<Segment>();
}

} // namespace pinedesk
