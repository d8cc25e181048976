#include "ClientQuery.h"

#include "store/ClientStore.h"
#include "store/DbTime.h"
#include "store/SqlDialect.h"
#include "store/Statement.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// The columns of a ClientRow; the last two are per-row look-ups, cheap for one page.
const QString rowColumns = uR"(c.id, c.tv_username, c.full_name, c.email, c.status, c.created_at,
    (SELECT MAX(p.paid_at) FROM payments p WHERE p.client_id = c.id
        AND p.status <> 'failed'),
    (SELECT COUNT(*) FROM accesses a WHERE a.client_id = c.id AND a.intended_state = 'granted'
        AND (a.expires_at IS NULL OR a.expires_at > :now)))"_s;

QString sortColumn(ClientQuery::Sort sort)
{
    switch (sort) {
    case ClientQuery::Sort::Username:
        return u"c.tv_username"_s;
    case ClientQuery::Sort::Name:
        return u"c.full_name"_s;
    case ClientQuery::Sort::Email:
        return u"c.email"_s;
    case ClientQuery::Sort::Status:
        return u"c.status"_s;
    case ClientQuery::Sort::Created:
        return u"c.created_at"_s;
    }
    return u"c.tv_username"_s;
}

QString dayStart(const QDate &date)
{
    return DbTime::toText(QDateTime(date, QTime(0, 0), Qt::UTC));
}

} // namespace

ClientQuery::ClientQuery(ClientFilter filter, QDateTime nowUtc, Sort sort, Qt::SortOrder order)
    : m_filter(std::move(filter))
    , m_now(std::move(nowUtc))
    , m_sort(sort)
    , m_order(order)
{}

QString ClientQuery::matchExpression(const QString &text)
{
    // Words as the index splits them (letters and digits); each becomes a quoted prefix term,
    // so nothing the vendor types is read as FTS syntax.
    QStringList terms;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            terms.append(u'"' + word + u"\"*"_s);
        word.clear();
    };
    for (const QChar ch : text) {
        if (ch.isLetterOrNumber())
            word.append(ch);
        else
            flush();
    }
    flush();
    return terms.join(u' ');
}

QString ClientQuery::whereClause(const SqlDialect &dialect, bool scanInOrder) const
{
    // Fixed fragments chosen by which filters are set; every value is bound.
    QStringList parts;
    if (!matchExpression(m_filter.text).isEmpty() && dialect.isPostgresql()) {
        // The same words as SQLite's index, through the search column's GIN index.
        parts.append(u"c.search @@ pinedesk_prefix_query(:match)"_s);
    } else if (!matchExpression(m_filter.text).isEmpty()) {
        // Many matches: walk the sort index and test each row against the matches (the first
        // page is found early). Few matches: fetch them by id and sort them ("+" keeps SQLite
        // from driving the query with the id lookup).
        parts.append(
            scanInOrder
                ? u"+c.id IN (SELECT rowid FROM clients_fts WHERE clients_fts MATCH :match)"_s
                : u"c.id IN (SELECT rowid FROM clients_fts WHERE clients_fts MATCH :match)"_s);
    }
    if (!m_filter.statuses.isEmpty()) {
        QStringList names;
        for (int i = 0; i < m_filter.statuses.size(); ++i)
            names.append(u":status%1"_s.arg(i));
        parts.append(u"c.status IN ("_s + names.join(u", "_s) + u')');
    }
    if (m_filter.registeredFrom)
        parts.append(u"c.created_at >= :registeredFrom"_s);
    if (m_filter.registeredTo)
        parts.append(u"c.created_at < :registeredTo"_s);
    if (m_filter.noPaymentForDays) {
        parts.append(u"EXISTS (SELECT 1 FROM payments p WHERE p.client_id = c.id "
                     "AND p.status <> 'failed')"_s);
        parts.append(u"NOT EXISTS (SELECT 1 FROM payments p WHERE p.client_id = c.id "
                     "AND p.paid_at >= :paidSince AND p.status <> 'failed')"_s);
    }
    const QString spent = u"(SELECT COALESCE(SUM(p.amount_minor - p.refunded_minor), 0) "
                          "FROM payments p WHERE p.client_id = c.id AND p.currency = :currency "
                          "AND p.status IN ('paid', 'partially_refunded'))"_s;
    if (m_filter.spentAtLeastMinor)
        parts.append(spent + u" >= :spentAtLeast"_s);
    if (m_filter.spentAtMostMinor)
        parts.append(spent + u" <= :spentAtMost"_s);
    if (m_filter.activeIndicatorId)
        parts.append(u"EXISTS (SELECT 1 FROM accesses a WHERE a.client_id = c.id "
                     "AND a.indicator_id = :indicator AND a.intended_state = 'granted' "
                     "AND (a.expires_at IS NULL OR a.expires_at > :now))"_s);
    if (m_filter.expiringWithinDays)
        parts.append(u"EXISTS (SELECT 1 FROM accesses a WHERE a.client_id = c.id "
                     "AND a.intended_state = 'granted' AND a.expires_at > :now "
                     "AND a.expires_at <= :expiringUntil)"_s);
    if (m_filter.syncProblems)
        // The newest change for a pair failed for good (a later change may have fixed it).
        parts.append(u"EXISTS (SELECT 1 FROM sync_queue q WHERE q.tv_username = c.tv_username "
                     "AND q.state = 'dead' AND NOT EXISTS (SELECT 1 FROM sync_queue n "
                     "WHERE n.tv_username = q.tv_username AND n.pine_id = q.pine_id "
                     "AND n.id > q.id))"_s);
    if (m_filter.clientIds)
        parts.append(u"c.id IN ("_s + dialect.integersOf(u":ids"_s) + u')');
    if (parts.isEmpty())
        return QString();
    return u" WHERE "_s + parts.join(u" AND "_s);
}

bool ClientQuery::isDense(const QSqlDatabase &db, qint64 matches) const
{
    // The highest id approximates the number of clients at the cost of one index probe.
    Statement st(db, u"SELECT COALESCE(MAX(id), 0) FROM clients"_s);
    const auto first = st.execAndFirst();
    const qint64 clients = first && *first ? st.value(0).toLongLong() : 0;
    return matches * 50 >= clients;
}

QString ClientQuery::orderBy(bool reversed) const
{
    const bool ascending = (m_order == Qt::AscendingOrder) != reversed;
    const QString direction = ascending ? u"ASC"_s : u"DESC"_s;
    return u" ORDER BY %1 %2, c.id %2"_s.arg(sortColumn(m_sort), direction);
}

void ClientQuery::bindFilter(Statement &st, const QString &sql, const SqlDialect &dialect) const
{
    // Only placeholders the statement has: the driver refuses values it has no place for.
    if (sql.contains(u":now"_s))
        st.bind(u":now"_s, DbTime::toText(m_now));
    const QString match = matchExpression(m_filter.text);
    if (!match.isEmpty())
        st.bind(u":match"_s, dialect.isPostgresql() ? m_filter.text : match);
    for (int i = 0; i < m_filter.statuses.size(); ++i)
        st.bind(u":status%1"_s.arg(i), toText(m_filter.statuses[i]));
    if (m_filter.registeredFrom)
        st.bind(u":registeredFrom"_s, dayStart(*m_filter.registeredFrom));
    if (m_filter.registeredTo)
        st.bind(u":registeredTo"_s, dayStart(m_filter.registeredTo->addDays(1)));
    if (m_filter.noPaymentForDays)
        st.bind(u":paidSince"_s, DbTime::toText(m_now.addDays(-*m_filter.noPaymentForDays)));
    if (m_filter.spentAtLeastMinor || m_filter.spentAtMostMinor)
        st.bind(u":currency"_s, m_filter.currency);
    if (m_filter.spentAtLeastMinor)
        st.bind(u":spentAtLeast"_s, *m_filter.spentAtLeastMinor);
    if (m_filter.spentAtMostMinor)
        st.bind(u":spentAtMost"_s, *m_filter.spentAtMostMinor);
    if (m_filter.activeIndicatorId)
        st.bind(u":indicator"_s, *m_filter.activeIndicatorId);
    if (m_filter.expiringWithinDays)
        st.bind(u":expiringUntil"_s, DbTime::toText(m_now.addDays(*m_filter.expiringWithinDays)));
    if (m_filter.clientIds) {
        QStringList ids;
        for (qint64 id : *m_filter.clientIds)
            ids.append(QString::number(id));
        st.bind(u":ids"_s, QString(u'[' + ids.join(u',') + u']'));
    }
}

Expected<qint64> ClientQuery::count(const QSqlDatabase &db) const
{
    // Search alone is counted in the search index itself, without touching the clients.
    const bool searchOnly = !m_filter.hasFilters() && !matchExpression(m_filter.text).isEmpty();
    const SqlDialect &dialect = SqlDialect::of(db);
    const QString sql =
        searchOnly && !dialect.isPostgresql()
            ? u"SELECT COUNT(*) FROM clients_fts WHERE clients_fts MATCH :match"_s
            : QStringList{u"SELECT COUNT(*) FROM clients c"_s, whereClause(dialect, false)}.join(
                  QString());
    Statement st(db, sql);
    bindFilter(st, sql, dialect);
    const auto first = st.execAndFirst();
    if (!first)
        return Expected<qint64>::failure(first.error());
    return st.value(0).toLongLong();
}

Expected<QList<ClientRow>> ClientQuery::page(const QSqlDatabase &db, qint64 offset, int limit,
                                             qint64 total) const
{
    using Result = Expected<QList<ClientRow>>;
    offset = qMax<qint64>(0, offset);
    // Rows in the back half are read in reverse order from the end: OFFSET costs what it skips.
    const bool reversed = total > 0 && offset > total / 2;
    const qint64 readOffset = reversed ? qMax<qint64>(0, total - offset - limit) : offset;
    const qint64 readLimit = reversed ? qMin<qint64>(limit, total - offset) : limit;
    const QString sql =
        QStringList{u"SELECT "_s,         rowColumns,
                    u" FROM clients c"_s, whereClause(SqlDialect::of(db), isDense(db, total)),
                    orderBy(reversed),    u" LIMIT :limit OFFSET :offset"_s}
            .join(QString());
    Statement st(db, sql);
    bindFilter(st, sql, SqlDialect::of(db));
    st.bind(u":limit"_s, qMax<qint64>(0, readLimit)).bind(u":offset"_s, readOffset);
    if (const Status s = st.exec(); !s)
        return Result::failure(s.error());
    QList<ClientRow> rows;
    while (st.next()) {
        ClientRow r;
        r.id = st.value(0).toLongLong();
        r.tvUsername = st.value(1).toString();
        r.fullName = st.value(2).toString();
        r.email = st.value(3).toString();
        r.status = clientStatusFromText(st.value(4).toString()).value_or(ClientStatus::Active);
        r.createdAt = DbTime::fromDb(st.value(5));
        if (!st.value(6).isNull())
            r.lastPaidAt = DbTime::fromDb(st.value(6));
        r.activeAccesses = st.value(7).toInt();
        rows.append(std::move(r));
    }
    if (reversed)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Status ClientQuery::forEachClient(const QSqlDatabase &db,
                                  const std::function<bool(const Client &)> &each) const
{
    // The same statement as clients(), read to the end.
    const QString sql =
        QStringList{u"SELECT c.id, c.tv_username, c.email, c.full_name, c.status, c.notes, "
                    "c.tags, c.created_at, c.updated_at FROM clients c"_s,
                    whereClause(SqlDialect::of(db), false), orderBy(false)}
            .join(QString());
    Statement st(db, sql);
    bindFilter(st, sql, SqlDialect::of(db));
    if (const Status s = st.exec(); !s)
        return s;
    while (st.next()) {
        if (!each(ClientStore::readRow(st)))
            break;
    }
    return Status();
}

Expected<QList<Client>> ClientQuery::clients(const QSqlDatabase &db, qint64 offset,
                                             qint64 limit) const
{
    // The columns in ClientStore's order, so that its row reader applies.
    const QString sql =
        QStringList{u"SELECT c.id, c.tv_username, c.email, c.full_name, c.status, c.notes, "
                    "c.tags, c.created_at, c.updated_at FROM clients c"_s,
                    whereClause(SqlDialect::of(db), false), orderBy(false),
                    u" LIMIT :limit OFFSET :offset"_s}
            .join(QString());
    Statement st(db, sql);
    bindFilter(st, sql, SqlDialect::of(db));
    st.bind(u":limit"_s, limit).bind(u":offset"_s, offset);
    if (const Status s = st.exec(); !s)
        return Expected<QList<Client>>::failure(s.error());
    QList<Client> clients;
    while (st.next())
        clients.append(ClientStore::readRow(st));
    return clients;
}

Expected<QList<qint64>> ClientQuery::ids(const QSqlDatabase &db, qint64 offset, qint64 limit) const
{
    const QString sql =
        QStringList{u"SELECT c.id FROM clients c"_s, whereClause(SqlDialect::of(db), false),
                    orderBy(false), u" LIMIT :limit OFFSET :offset"_s}
            .join(QString());
    Statement st(db, sql);
    bindFilter(st, sql, SqlDialect::of(db));
    st.bind(u":limit"_s, limit).bind(u":offset"_s, offset);
    if (const Status s = st.exec(); !s)
        return Expected<QList<qint64>>::failure(s.error());
    QList<qint64> ids;
    while (st.next())
        ids.append(st.value(0).toLongLong());
    return ids;
}

} // namespace pinedesk
