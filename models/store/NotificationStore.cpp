#include "NotificationStore.h"

#include "DbTime.h"
#include "Statement.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QString selectColumns =
    u"SELECT id, kind, dedup_key, args, target, created_at, read_at, shown_at FROM notifications "_s;

std::optional<Notification> fromRow(const Statement &row)
{
    const auto kind = Notification::kindFromText(row.value(1).toString());
    if (!kind)
        return std::nullopt; // written by a newer PineDesk: not shown here
    Notification n;
    n.id = row.value(0).toLongLong();
    n.kind = *kind;
    n.dedupKey = row.value(2).toString();
    n.args = QJsonDocument::fromJson(row.value(3).toString().toUtf8()).object();
    n.target = row.value(4).toString();
    n.createdAt = DbTime::fromDb(row.value(5));
    if (!row.value(6).isNull())
        n.readAt = DbTime::fromDb(row.value(6));
    if (!row.value(7).isNull())
        n.shownAt = DbTime::fromDb(row.value(7));
    return n;
}

Expected<QList<Notification>> readList(Statement &st)
{
    auto rows = st.readAll([](const Statement &row) { return fromRow(row); });
    if (!rows)
        return Expected<QList<Notification>>::failure(rows.error());
    QList<Notification> list;
    for (const auto &n : *rows) {
        if (n)
            list.append(*n);
    }
    return list;
}

} // namespace

Expected<std::optional<qint64>> NotificationStore::raise(const Notification &notification)
{
    using R = Expected<std::optional<qint64>>;
    Statement st(m_ctx.database.connection(),
                 u"INSERT INTO notifications (kind, dedup_key, args, target, created_at) VALUES "
                 "(:k, :d, :a, :t, :now) ON CONFLICT (dedup_key) DO NOTHING"_s);
    st.bind(u":k"_s, Notification::toText(notification.kind))
        .bind(u":d"_s, notification.dedupKey)
        .bind(u":a"_s,
              QString::fromUtf8(QJsonDocument(notification.args).toJson(QJsonDocument::Compact)))
        .bind(u":t"_s, notification.target)
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()));
    if (const Status s = st.exec(); !s)
        return R::failure(s.error());
    if (st.rowsAffected() == 0)
        return std::optional<qint64>();
    return std::optional<qint64>(st.lastInsertId());
}

Expected<QList<Notification>> NotificationStore::latest(int limit)
{
    Statement st(m_ctx.database.connection(), selectColumns + u"ORDER BY id DESC LIMIT :l"_s);
    st.bind(u":l"_s, limit);
    return readList(st);
}

Expected<int> NotificationStore::unreadCount()
{
    Statement st(m_ctx.database.connection(),
                 u"SELECT COUNT(*) FROM notifications WHERE read_at IS NULL"_s);
    const auto count = st.readOne([](const Statement &row) { return row.value(0).toInt(); });
    if (!count)
        return Expected<int>::failure(count.error());
    return count->value_or(0);
}

Expected<QList<Notification>> NotificationStore::unshown(int limit)
{
    Statement st(m_ctx.database.connection(),
                 selectColumns + u"WHERE read_at IS NULL AND shown_at IS NULL ORDER BY id "
                                 "LIMIT :l"_s);
    st.bind(u":l"_s, limit);
    return readList(st);
}

Status NotificationStore::markRead(qint64 id)
{
    Statement st(m_ctx.database.connection(),
                 u"UPDATE notifications SET read_at = :now WHERE id = :id AND read_at IS NULL"_s);
    st.bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc())).bind(u":id"_s, id);
    return st.exec();
}

Status NotificationStore::markAllRead()
{
    Statement st(m_ctx.database.connection(),
                 u"UPDATE notifications SET read_at = :now WHERE read_at IS NULL"_s);
    st.bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()));
    return st.exec();
}

Status NotificationStore::markShown(qint64 id)
{
    Statement st(m_ctx.database.connection(),
                 u"UPDATE notifications SET shown_at = :now WHERE id = :id"_s);
    st.bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc())).bind(u":id"_s, id);
    return st.exec();
}

} // namespace pinedesk
