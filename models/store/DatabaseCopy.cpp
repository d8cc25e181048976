#include "DatabaseCopy.h"

#include "Statement.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

constexpr int valuesPerInsert = 2000;

struct Columns
{
    QStringList names;
    QStringList key; // the primary key, or every column
};

Expected<Columns> columnsOf(const QSqlDatabase &sqlite, const QString &table)
{
    Statement st(sqlite, u"SELECT name, pk FROM pragma_table_info(:table) ORDER BY cid"_s);
    st.bind(u":table"_s, table);
    if (const Status s = st.exec(); !s)
        return Expected<Columns>::failure(s.error());
    Columns c;
    QList<std::pair<int, QString>> key;
    while (st.next()) {
        c.names.append(st.value(0).toString());
        if (st.value(1).toInt() > 0)
            key.append({st.value(1).toInt(), st.value(0).toString()});
    }
    std::sort(key.begin(), key.end());
    for (const auto &k : key)
        c.key.append(k.second);
    if (c.key.isEmpty())
        c.key = c.names;
    if (c.names.isEmpty())
        return Expected<Columns>::failure(
            DatabaseCopy::tr("The database file has no table %1: is it a PineDesk database?")
                .arg(table));
    return c;
}

// Table and column names are identifiers, which SQL cannot bind: they come from tables() and
// from the file's own schema, and the driver quotes them as identifiers.
QString identifier(const QSqlDatabase &db, const QString &name)
{
    return db.driver()->escapeIdentifier(name, QSqlDriver::FieldName);
}

QString identifiers(const QSqlDatabase &db, const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(identifier(db, name));
    return quoted.join(u", "_s);
}

QByteArray digestOf(const Statement &row, qsizetype columns)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int i = 0; i < columns; ++i) {
        const QVariant v = row.value(i);
        if (v.isNull()) {
            hash.addData("\x01N");
            continue;
        }
        const QByteArray bytes =
            v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
        const QByteArray length = QByteArray::number(bytes.size());
        hash.addData("\x01V");
        hash.addData(length);
        hash.addData(":");
        hash.addData(bytes);
    }
    return hash.result();
}

// Every row of a table as a digest; sorted, so that neither side's order of text matters.
Expected<QByteArray> checksum(const QSqlDatabase &db, const QString &table, const Columns &c,
                              qint64 *rows)
{
    Statement st(db, u"SELECT "_s + identifiers(db, c.names) + u" FROM "_s + identifier(db, table));
    if (const Status s = st.exec(); !s)
        return Expected<QByteArray>::failure(s.error());
    QList<QByteArray> digests;
    while (st.next())
        digests.append(digestOf(st, c.names.size()));
    std::sort(digests.begin(), digests.end());
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const QByteArray &d : std::as_const(digests))
        all.addData(d);
    *rows = digests.size();
    return all.result().toHex();
}

} // namespace

DatabaseCopy::DatabaseCopy(Database &from, Database &to)
    : m_from(from)
    , m_to(to)
{}

QStringList DatabaseCopy::tables()
{
    return {
        u"settings"_s,        u"clients"_s,           u"indicators"_s,      u"indicator_versions"_s,
        u"plans"_s,           u"plan_indicators"_s,   u"sync_batches"_s,    u"accesses"_s,
        u"payments"_s,        u"payment_refs"_s,      u"payment_aliases"_s, u"customer_links"_s,
        u"product_plans"_s,   u"subscription_ends"_s, u"audit_log"_s,       u"sync_queue"_s,
        u"reconciliations"_s, u"segments"_s,          u"campaigns"_s,       u"campaign_members"_s,
        u"webhook_events"_s,  u"api_keys"_s,          u"expiry_alerts"_s,   u"notifications"_s,
        u"email_outbox"_s,    u"email_templates"_s,   u"access_notices"_s,  u"channel_outbox"_s,
        u"access_history"_s};
}

bool DatabaseCopy::isCopied(const QString &table)
{
    return tables().contains(table);
}

Expected<QList<DatabaseCopy::Table>> DatabaseCopy::run(const Progress &progress,
                                                       const std::atomic<bool> *cancel)
{
    using Result = Expected<QList<Table>>;
    if (m_from.isPostgresql() || !m_to.isPostgresql())
        return Result::failure(tr("Copy from a database file into a team database."));
    const QSqlDatabase from = m_from.connection();
    const QSqlDatabase to = m_to.connection();
    if (!from.isOpen())
        return Result::failure(m_from.lastOpenError());
    if (!to.isOpen())
        return Result::failure(m_to.lastOpenError());
    const auto cancelled = [cancel] {
        return cancel && cancel->load();
    };

    Transaction tx(to);
    if (!tx.isActive())
        return Result::failure(tx.error());
    for (const QString &table : tables()) {
        Statement any(to, u"SELECT 1 FROM "_s + identifier(to, table) + u" LIMIT 1"_s);
        const auto found = any.execAndFirst();
        if (!found)
            return Result::failure(found.error());
        if (*found)
            return Result::failure(tr("The team database is not empty (%1 has rows). Copy into "
                                      "a new, empty database.")
                                       .arg(table));
    }

    QList<Table> copied;
    for (const QString &table : tables()) {
        const auto columns = columnsOf(from, table);
        if (!columns)
            return Result::failure(columns.error());
        const QString names = identifiers(to, columns->names);
        const qsizetype width = columns->names.size();
        const int rowsPerInsert = std::max<int>(1, valuesPerInsert / int(width));
        QStringList oneRow;
        for (qsizetype i = 0; i < width; ++i)
            oneRow.append(u"?"_s);
        const QString rowText = u'(' + oneRow.join(u", "_s) + u')';

        Statement read(from, u"SELECT "_s + identifiers(from, columns->names) + u" FROM "_s +
                                 identifier(from, table) + u" ORDER BY "_s +
                                 identifiers(from, columns->key));
        if (const Status s = read.exec(); !s)
            return Result::failure(s.error());
        QList<QVariantList> pending;
        qint64 done = 0;
        const auto flush = [&]() -> Status {
            if (pending.isEmpty())
                return {};
            QStringList rows(pending.size(), rowText);
            QSqlQuery insert(to);
            if (!insert.prepare(u"INSERT INTO "_s + identifier(to, table) + u" ("_s + names +
                                u") VALUES "_s + rows.join(u", "_s)))
                return Status::failure(insert.lastError().text());
            int index = 0;
            for (const QVariantList &row : std::as_const(pending)) {
                for (const QVariant &v : row)
                    insert.bindValue(index++, v);
            }
            if (!insert.exec())
                return Status::failure(
                    tr("Copying %1 failed: %2").arg(table, insert.lastError().text()));
            done += pending.size();
            pending.clear();
            if (progress)
                progress(table, done);
            return {};
        };
        while (read.next()) {
            QVariantList row;
            row.reserve(width);
            for (int i = 0; i < width; ++i) {
                const QVariant v = read.value(i);
                // An empty text is '' on both sides; only a real NULL stays NULL.
                const bool emptyText =
                    !v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull();
                row.append(emptyText ? QVariant(QString(u""_s)) : v);
            }
            pending.append(std::move(row));
            if (pending.size() >= rowsPerInsert) {
                if (cancelled())
                    return Result::failure(tr("The copy was cancelled; the team database is "
                                              "unchanged."));
                if (const Status s = flush(); !s)
                    return Result::failure(s.error());
            }
        }
        if (const Status s = flush(); !s)
            return Result::failure(s.error());
        if (columns->key == QStringList{u"id"_s}) {
            // New rows continue after the copied ids.
            Statement next(to, u"SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                               "COALESCE((SELECT MAX(id) FROM "_s +
                                   identifier(to, table) + u"), 0) + 1, false)"_s);
            next.bind(u":table"_s, table);
            if (const Status s = next.exec(); !s)
                return Result::failure(s.error());
        }

        Table t;
        t.name = table;
        qint64 fromRows = 0;
        qint64 toRows = 0;
        const auto fromSum = checksum(from, table, *columns, &fromRows);
        if (!fromSum)
            return Result::failure(fromSum.error());
        const auto toSum = checksum(to, table, *columns, &toRows);
        if (!toSum)
            return Result::failure(toSum.error());
        if (fromRows != toRows || *fromSum != *toSum)
            return Result::failure(tr("%1 differs after the copy (%2 rows in the file, %3 in the "
                                      "team database); nothing was kept.")
                                       .arg(table)
                                       .arg(fromRows)
                                       .arg(toRows));
        t.rows = toRows;
        t.checksum = *toSum;
        copied.append(t);
    }
    if (const Status s = tx.commit(); !s)
        return Result::failure(s.error());
    return copied;
}

} // namespace pinedesk
