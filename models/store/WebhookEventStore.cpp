#include "WebhookEventStore.h"

#include "DbTime.h"
#include "Statement.h"
#include "Transaction.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QString selectColumns =
    u"SELECT id, provider, event_key, event_type, received_at, state, http_status, reason, "
    "customer_ref, tv_username, fixed_username, client_id, payment_id, batch_id, amount_minor, "
    "currency, duplicate_of, attempts, next_attempt_at, content_type, headers, payload, "
    "processed_at FROM webhook_events "_s;

QVariant nullable(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>());
}

std::optional<qint64> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QString headersText(const QJsonObject &headers)
{
    return QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact));
}

} // namespace

WebhookEvent WebhookEventStore::fromRow(const Statement &st)
{
    WebhookEvent e;
    e.id = st.value(0).toLongLong();
    e.provider = st.value(1).toString();
    e.eventKey = st.value(2).toString();
    e.eventType = st.value(3).toString();
    e.receivedAt = DbTime::fromDb(st.value(4));
    e.state =
        webhookEventStateFromText(st.value(5).toString()).value_or(WebhookEventState::Refused);
    e.httpStatus = st.value(6).toInt();
    e.reason = st.value(7).toString();
    e.customerRef = st.value(8).toString();
    e.tvUsername = st.value(9).toString();
    e.fixedUsername = st.value(10).toString();
    e.clientId = optionalId(st.value(11));
    e.paymentId = optionalId(st.value(12));
    e.batchId = optionalId(st.value(13));
    if (!st.value(14).isNull())
        e.amount = Money(st.value(14).toLongLong(), st.value(15).toString());
    e.duplicateOf = optionalId(st.value(16));
    e.attempts = st.value(17).toInt();
    if (!st.value(18).isNull())
        e.nextAttemptAt = DbTime::fromDb(st.value(18));
    e.contentType = st.value(19).toString();
    e.headers = QJsonDocument::fromJson(st.value(20).toByteArray()).object();
    e.payload = st.value(21).toByteArray();
    if (!st.value(22).isNull())
        e.processedAt = DbTime::fromDb(st.value(22));
    return e;
}

Expected<WebhookEventStore::Received> WebhookEventStore::receive(const WebhookEvent &event)
{
    using R = Expected<Received>;
    if (event.eventKey.isEmpty())
        return R::failure(tr("The event has no id to recognise a redelivery by."));
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    Statement existing(db, u"SELECT id FROM webhook_events WHERE provider = :p AND event_key = "
                           ":k AND state NOT IN ('duplicate', 'refused')"_s);
    existing.bind(u":p"_s, event.provider).bind(u":k"_s, event.eventKey);
    const auto first =
        existing.readOne([](const Statement &row) { return row.value(0).toLongLong(); });
    if (!first)
        return R::failure(first.error());
    Received received;
    received.duplicateOf = *first;
    const bool duplicate = first->has_value();
    Statement insert(db, u"INSERT INTO webhook_events (provider, event_key, event_type, "
                         "received_at, state, reason, duplicate_of, content_type, headers, "
                         "payload) VALUES (:p, :k, :t, :at, :state, :reason, :dup, :ct, :h, "
                         ":body)"_s);
    insert.bind(u":p"_s, event.provider)
        .bind(u":k"_s, event.eventKey)
        .bind(u":t"_s, event.eventType)
        .bind(u":at"_s, DbTime::toDb(m_ctx.clock.nowUtc()))
        .bind(u":state"_s,
              toText(duplicate ? WebhookEventState::Duplicate : WebhookEventState::Pending))
        .bind(u":reason"_s, duplicate ? tr("Already received; nothing changed.") : QString())
        .bind(u":dup"_s, nullable(*first))
        .bind(u":ct"_s, event.contentType)
        .bind(u":h"_s, headersText(event.headers))
        // A redelivery carries the same body: the first row keeps it.
        .bind(u":body"_s, duplicate ? QByteArray("") : event.payload);
    if (const Status s = insert.exec(); !s)
        return R::failure(s.error());
    received.id = insert.lastInsertId();
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    return received;
}

Expected<qint64> WebhookEventStore::refuse(WebhookEvent event)
{
    Statement st(m_ctx.database.connection(),
                 u"INSERT INTO webhook_events (provider, event_key, event_type, received_at, "
                 "state, http_status, reason, content_type, headers, payload, processed_at) "
                 "VALUES (:p, :k, :t, :at, 'refused', :status, :reason, :ct, :h, :body, :at)"_s);
    st.bind(u":p"_s, event.provider)
        .bind(u":k"_s, event.eventKey)
        .bind(u":t"_s, event.eventType)
        .bind(u":at"_s, DbTime::toDb(m_ctx.clock.nowUtc()))
        .bind(u":status"_s, event.httpStatus)
        .bind(u":reason"_s, event.reason)
        .bind(u":ct"_s, event.contentType.left(200))
        .bind(u":h"_s, headersText(event.headers))
        .bind(u":body"_s, event.payload.left(refusedPayloadLimit));
    if (const Status s = st.exec(); !s)
        return Expected<qint64>::failure(s.error());
    return st.lastInsertId();
}

Expected<int> WebhookEventStore::pruneRefused(const QDateTime &before, int keep)
{
    Statement st(m_ctx.database.connection(),
                 u"DELETE FROM webhook_events WHERE state = 'refused' AND (received_at < :before "
                 "OR id <= (SELECT id FROM webhook_events WHERE state = 'refused' ORDER BY id "
                 "DESC LIMIT 1 OFFSET :keep))"_s);
    st.bind(u":before"_s, DbTime::toDb(before)).bind(u":keep"_s, keep);
    if (const Status s = st.exec(); !s)
        return Expected<int>::failure(s.error());
    return st.rowsAffected();
}

Expected<QList<WebhookEvent>> WebhookEventStore::due(int limit)
{
    Statement st(m_ctx.database.connection(),
                 selectColumns + u"WHERE state = 'pending' AND (next_attempt_at IS NULL OR "
                                 "next_attempt_at <= :now) ORDER BY id LIMIT :limit"_s);
    st.bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc())).bind(u":limit"_s, limit);
    return st.readAll([](const Statement &row) { return fromRow(row); });
}

Expected<std::optional<WebhookEvent>> WebhookEventStore::findById(qint64 id)
{
    Statement st(m_ctx.database.connection(), selectColumns + u"WHERE id = :id"_s);
    st.bind(u":id"_s, id);
    return st.readOne([](const Statement &row) { return fromRow(row); });
}

Expected<QList<WebhookEvent>> WebhookEventStore::list(int limit,
                                                      std::optional<WebhookEventState> state)
{
    Statement st(m_ctx.database.connection(), selectColumns +
                                                  u"WHERE (:state = '' OR state = :state) "
                                                  "ORDER BY id DESC LIMIT :limit"_s);
    st.bind(u":state"_s, state ? toText(*state) : QString()).bind(u":limit"_s, limit);
    return st.readAll([](const Statement &row) { return fromRow(row); });
}

Expected<std::optional<WebhookEventState>> WebhookEventStore::stateOf(qint64 id)
{
    Statement st(m_ctx.database.connection(), u"SELECT state FROM webhook_events WHERE id = :id"_s);
    st.bind(u":id"_s, id);
    return st.readOne([](const Statement &row) {
        return webhookEventStateFromText(row.value(0).toString())
            .value_or(WebhookEventState::Refused);
    });
}

Status WebhookEventStore::finish(qint64 id, const Outcome &o)
{
    Statement st(m_ctx.database.connection(),
                 u"UPDATE webhook_events SET state = :state, reason = :reason, tv_username = "
                 "CASE WHEN :user = '' THEN tv_username ELSE :user END, customer_ref = CASE WHEN "
                 ":cust = '' THEN customer_ref ELSE :cust END, client_id = :client, payment_id = "
                 ":payment, batch_id = :batch, amount_minor = :amount, currency = :currency, "
                 "attempts = attempts + 1, next_attempt_at = NULL, processed_at = :now "
                 "WHERE id = :id AND state = 'pending'"_s);
    st.bind(u":state"_s, toText(o.state))
        .bind(u":reason"_s, o.reason)
        .bind(u":user"_s, o.tvUsername)
        .bind(u":cust"_s, o.customerRef)
        .bind(u":client"_s, nullable(o.clientId))
        .bind(u":payment"_s, nullable(o.paymentId))
        .bind(u":batch"_s, nullable(o.batchId))
        .bind(u":amount"_s, o.amount ? QVariant(o.amount->minorUnits())
                                     : QVariant(QMetaType::fromType<qlonglong>()))
        .bind(u":currency"_s, o.amount ? o.amount->currency() : QString())
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()))
        .bind(u":id"_s, id);
    if (const Status s = st.exec(); !s)
        return s;
    if (st.rowsAffected() != 1)
        return Status::failure(tr("The event is no longer waiting to be applied."));
    return {};
}

Status WebhookEventStore::retryAt(qint64 id, const QDateTime &when, const QString &reason)
{
    Statement st(m_ctx.database.connection(),
                 u"UPDATE webhook_events SET attempts = attempts + 1, next_attempt_at = :when, "
                 "reason = :reason WHERE id = :id AND state = 'pending'"_s);
    st.bind(u":when"_s, DbTime::toDb(when)).bind(u":reason"_s, reason).bind(u":id"_s, id);
    return st.exec();
}

Status WebhookEventStore::reopen(qint64 id, const std::optional<QString> &fixedUsername)
{
    Statement st(m_ctx.database.connection(),
                 u"UPDATE webhook_events SET state = 'pending', next_attempt_at = NULL, reason = "
                 "'', fixed_username = CASE WHEN CAST(:fix AS TEXT) IS NULL THEN fixed_username "
                 "ELSE :fix END "
                 "WHERE id = :id AND state IN ('needs_attention', 'ignored', 'pending')"_s);
    st.bind(u":fix"_s, fixedUsername ? QVariant(fixedUsername->trimmed())
                                     : QVariant(QMetaType::fromType<QString>()))
        .bind(u":id"_s, id);
    if (const Status s = st.exec(); !s)
        return s;
    if (st.rowsAffected() != 1)
        return Status::failure(tr("Only an event that waits, needs attention or was ignored "
                                  "can be applied again."));
    return {};
}

Status WebhookEventStore::ignore(qint64 id, const QString &reason)
{
    Statement st(m_ctx.database.connection(),
                 u"UPDATE webhook_events SET state = 'ignored', reason = :reason, next_attempt_at "
                 "= NULL, processed_at = :now WHERE id = :id AND state IN ('pending', "
                 "'needs_attention')"_s);
    st.bind(u":reason"_s, reason)
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()))
        .bind(u":id"_s, id);
    if (const Status s = st.exec(); !s)
        return s;
    if (st.rowsAffected() != 1)
        return Status::failure(tr("Only an event that waits or needs attention can be ignored."));
    return {};
}

Expected<int> WebhookEventStore::reopenForCustomer(const QString &provider,
                                                   const QString &customerRef)
{
    if (customerRef.isEmpty())
        return 0;
    Statement st(m_ctx.database.connection(),
                 u"UPDATE webhook_events SET state = 'pending', next_attempt_at = NULL WHERE "
                 "provider = :p AND customer_ref = :c AND state = 'needs_attention'"_s);
    st.bind(u":p"_s, provider).bind(u":c"_s, customerRef);
    if (const Status s = st.exec(); !s)
        return Expected<int>::failure(s.error());
    return st.rowsAffected();
}

Expected<QMap<WebhookEventState, qint64>> WebhookEventStore::countsByState()
{
    Statement st(m_ctx.database.connection(),
                 u"SELECT state, COUNT(*) FROM webhook_events GROUP BY state"_s);
    auto rows = st.readAll([](const Statement &row) {
        return std::pair(row.value(0).toString(), row.value(1).toLongLong());
    });
    if (!rows)
        return Expected<QMap<WebhookEventState, qint64>>::failure(rows.error());
    QMap<WebhookEventState, qint64> counts;
    for (const auto &[text, n] : *rows) {
        if (const auto state = webhookEventStateFromText(text))
            counts.insert(*state, n);
    }
    return counts;
}

} // namespace pinedesk
