#include "CsvReport.h"

#include "csv/CsvWriter.h"
#include "domain/Money.h"
#include "store/Database.h"
#include "store/DbTime.h"
#include "store/Statement.h"

#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

struct Definition
{
    QStringList header; // fixed English keys, like every PineDesk export
    QString count;
    QString rows; // ordered (with :from and :to when it has a period)
};

Definition definition(CsvReport::Kind kind)
{
    switch (kind) {
    case CsvReport::Kind::Accesses:
        return {{u"tv_username"_s, u"client_name"_s, u"email"_s, u"indicator"_s, u"pine_id"_s,
                 u"intended"_s, u"expires_at"_s, u"origin"_s, u"plan"_s, u"tradingview"_s,
                 u"tradingview_expires_at"_s, u"synced_at"_s},
                u"SELECT COUNT(*) FROM accesses"_s,
                uR"(SELECT c.tv_username, c.full_name, c.email, i.name, i.pine_id,
    a.intended_state, COALESCE(a.expires_at, 'lifetime'), a.origin, COALESCE(p.name, ''),
    a.server_state, COALESCE(a.server_expires_at, ''), COALESCE(a.synced_at, '')
FROM accesses a JOIN clients c ON c.id = a.client_id JOIN indicators i ON i.id = a.indicator_id
LEFT JOIN plans p ON p.id = a.plan_id
ORDER BY a.id)"_s};
    case CsvReport::Kind::Payments:
        return {{u"paid_at"_s, u"tv_username"_s, u"client_name"_s, u"email"_s, u"amount"_s,
                 u"currency"_s, u"reference"_s, u"source"_s, u"plan"_s, u"status"_s, u"refunded"_s,
                 u"method"_s},
                u"SELECT COUNT(*) FROM payments WHERE paid_at >= :from AND paid_at < :to"_s,
                uR"(SELECT pay.paid_at, c.tv_username, c.full_name, c.email, pay.amount_minor,
    pay.currency, pay.reference, pay.source, COALESCE(p.name, ''), pay.status,
    pay.refunded_minor, pay.method
FROM payments pay JOIN clients c ON c.id = pay.client_id LEFT JOIN plans p ON p.id = pay.plan_id
WHERE pay.paid_at >= :from AND pay.paid_at < :to
ORDER BY pay.paid_at, pay.id)"_s};
    case CsvReport::Kind::AuditLog:
        return {{u"at"_s, u"actor"_s, u"action"_s, u"entity_type"_s, u"entity_id"_s, u"details"_s},
                u"SELECT COUNT(*) FROM audit_log WHERE at >= :from AND at < :to"_s,
                uR"(SELECT at, actor, action, entity_type, entity_id, details FROM audit_log
WHERE at >= :from AND at < :to ORDER BY at, id)"_s};
    }
    return {};
}

} // namespace

QString CsvReport::title(Kind kind)
{
    switch (kind) {
    case Kind::Accesses:
        return tr("Accesses");
    case Kind::Payments:
        return tr("Payments");
    case Kind::AuditLog:
        return tr("Audit log");
    }
    return {};
}

QString CsvReport::description(Kind kind)
{
    switch (kind) {
    case Kind::Accesses:
        return tr("Every access with its client, indicator, expiry, plan and what TradingView "
                  "holds.");
    case Kind::Payments:
        return tr("Payments received in the period, with the client and the reference.");
    case Kind::AuditLog:
        return tr("Who changed what in the period.");
    }
    return {};
}

QString CsvReport::suggestedFileName(Kind kind, QDate from, QDate to)
{
    const QString base = kind == Kind::Accesses   ? u"accesses"_s
                         : kind == Kind::Payments ? u"payments"_s
                                                  : u"audit-log"_s;
    if (!hasPeriod(kind))
        return base + u".csv"_s;
    return u"%1-%2-%3.csv"_s.arg(base, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

Expected<qint64> CsvReport::write(Database &database, Kind kind, QDate from, QDate to,
                                  const QString &path, const std::atomic<bool> &cancel,
                                  const Progress &progress)
{
    using Result = Expected<qint64>;
    if (hasPeriod(kind) && (!from.isValid() || !to.isValid() || to < from))
        return Result::failure(tr("Choose a period whose end is not before its start."));
    const Definition d = definition(kind);
    const QSqlDatabase db = database.connection();
    const QVariant fromText = DbTime::toDb(QDateTime(from, QTime(0, 0), Qt::UTC));
    const QVariant toText = DbTime::toDb(QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC));
    const auto bindPeriod = [&](Statement &st) {
        if (hasPeriod(kind))
            st.bind(u":from"_s, fromText).bind(u":to"_s, toText);
    };
    Statement count(db, d.count);
    bindPeriod(count);
    const auto first = count.execAndFirst();
    if (!first)
        return Result::failure(first.error());
    const qint64 total = count.value(0).toLongLong();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result::failure(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    CsvWriter csv(file);
    csv.writeRow(d.header);
    // One statement read to the end: a consistent snapshot, and no work repeated per chunk.
    const int amountColumn = kind == Kind::Payments ? 4 : -1;
    const int refundedColumn = kind == Kind::Payments ? 10 : -1;
    Statement rows(db, d.rows);
    bindPeriod(rows);
    if (const Status s = rows.exec(); !s) {
        file.cancelWriting();
        return Result::failure(s.error());
    }
    qint64 written = 0;
    while (!cancel.load() && rows.next()) {
        QStringList fields;
        for (int c = 0; c < d.header.size(); ++c) {
            // Amounts as plain decimals in the currency's own minor units ("1234.50").
            const bool amount = amountColumn >= 0 && (c == amountColumn || c == refundedColumn);
            fields.append(
                amount ? Money(rows.value(c).toLongLong(), rows.value(amountColumn + 1).toString())
                             .toPlainAmount()
                       : rows.value(c).toString());
        }
        csv.writeRow(fields);
        if (++written % chunk == 0 && progress)
            progress(written, total);
    }
    if (cancel.load()) {
        file.cancelWriting();
        return Result::failure(tr("Export cancelled; no file was written."));
    }
    if (progress)
        progress(written, total);
    if (const Status s = csv.status(); !s) {
        file.cancelWriting();
        return Result::failure(s.error());
    }
    if (!file.commit())
        return Result::failure(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return written;
}

} // namespace pinedesk
