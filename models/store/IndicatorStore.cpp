#include "IndicatorStore.h"

#include "AuditLog.h"
#include "DbTime.h"
#include "Statement.h"
#include "Transaction.h"
#include "domain/PineIdValidator.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QString selectColumns = u"SELECT id, name, pine_id, status, description, created_at, "
                              "updated_at FROM indicators "_s;

QJsonObject describe(const Indicator &i)
{
    return {{u"name"_s, i.name},
            {u"pine_id"_s, i.pineId},
            {u"status"_s, toText(i.status)},
            {u"description"_s, i.description}};
}

} // namespace

Indicator IndicatorStore::fromRow(const Statement &st)
{
    Indicator i;
    i.id = st.value(0).toLongLong();
    i.name = st.value(1).toString();
    i.pineId = st.value(2).toString();
    i.status = indicatorStatusFromText(st.value(3).toString()).value_or(IndicatorStatus::Live);
    i.description = st.value(4).toString();
    i.createdAt = DbTime::fromDb(st.value(5));
    i.updatedAt = DbTime::fromDb(st.value(6));
    return i;
}

Status IndicatorStore::validate(Indicator &indicator)
{
    indicator.name = indicator.name.trimmed();
    if (indicator.name.isEmpty())
        return Status::failure(tr("The indicator needs a name."));
    const auto id = PineIdValidator::validate(indicator.pineId);
    if (!id)
        return Status::failure(id.error());
    indicator.pineId = *id;
    return {};
}

Expected<qint64> IndicatorStore::create(Indicator indicator)
{
    if (const Status s = validate(indicator); !s)
        return Expected<qint64>::failure(s.error());
    Transaction tx(m_ctx.database.connection());
    if (!tx.isActive())
        return Expected<qint64>::failure(tx.error());
    if (const auto existing = byPineId(indicator.pineId)) {
        return Expected<qint64>::failure(tr("The script %1 is already in the catalog as \"%2\".")
                                             .arg(indicator.pineId, existing->name));
    }
    const QVariant now = DbTime::toDb(m_ctx.clock.nowUtc());
    Statement st(m_ctx.database.connection(),
                 u"INSERT INTO indicators (name, pine_id, status, description, created_at, "
                 "updated_at) VALUES (:n, :p, :s, :d, :now, :now)"_s);
    st.bind(u":n"_s, indicator.name)
        .bind(u":p"_s, indicator.pineId)
        .bind(u":s"_s, toText(indicator.status))
        .bind(u":d"_s, indicator.description)
        .bind(u":now"_s, now);
    if (const Status s = st.exec(); !s)
        return Expected<qint64>::failure(s.error());
    const qint64 id = st.lastInsertId();
    if (const Status s =
            AuditLog(m_ctx).record(u"indicator.created"_s, u"indicator"_s, id, describe(indicator));
        !s)
        return Expected<qint64>::failure(s.error());
    if (const Status s = tx.commit(); !s)
        return Expected<qint64>::failure(s.error());
    return id;
}

Status IndicatorStore::update(Indicator indicator)
{
    if (const Status s = validate(indicator); !s)
        return s;
    Transaction tx(m_ctx.database.connection());
    if (!tx.isActive())
        return Status::failure(tx.error());
    const auto before = byId(indicator.id);
    if (!before)
        return Status::failure(tr("The indicator no longer exists."));
    if (const auto other = byPineId(indicator.pineId); other && other->id != indicator.id) {
        return Status::failure(tr("The script %1 is already in the catalog as \"%2\".")
                                   .arg(indicator.pineId, other->name));
    }
    Statement st(m_ctx.database.connection(),
                 u"UPDATE indicators SET name = :n, pine_id = :p, status = :s, description = :d, "
                 "updated_at = :now WHERE id = :id"_s);
    st.bind(u":n"_s, indicator.name)
        .bind(u":p"_s, indicator.pineId)
        .bind(u":s"_s, toText(indicator.status))
        .bind(u":d"_s, indicator.description)
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()))
        .bind(u":id"_s, indicator.id);
    if (const Status s = st.exec(); !s)
        return s;
    QJsonObject details{{u"from"_s, describe(*before)}, {u"to"_s, describe(indicator)}};
    if (const Status s =
            AuditLog(m_ctx).record(u"indicator.updated"_s, u"indicator"_s, indicator.id, details);
        !s)
        return s;
    return tx.commit();
}

Status IndicatorStore::setStatus(qint64 id, IndicatorStatus status)
{
    const auto current = byId(id);
    if (!current)
        return Status::failure(tr("The indicator no longer exists."));
    Indicator changed = *current;
    changed.status = status;
    return update(changed);
}

Status IndicatorStore::remove(qint64 id)
{
    Transaction tx(m_ctx.database.connection());
    if (!tx.isActive())
        return Status::failure(tx.error());
    const auto before = byId(id);
    if (!before)
        return Status::failure(tr("The indicator no longer exists."));
    Statement used(m_ctx.database.connection(),
                   u"SELECT (SELECT COUNT(*) FROM accesses WHERE indicator_id = :id) + "
                   "(SELECT COUNT(*) FROM plan_indicators WHERE indicator_id = :id)"_s);
    used.bind(u":id"_s, id);
    const auto first = used.execAndFirst();
    if (!first)
        return Status::failure(first.error());
    if (used.value(0).toLongLong() > 0) {
        return Status::failure(tr("\"%1\" is used by accesses or plans; retire it instead of "
                                  "deleting it.")
                                   .arg(before->name));
    }
    Statement st(m_ctx.database.connection(), u"DELETE FROM indicators WHERE id = :id"_s);
    st.bind(u":id"_s, id);
    if (const Status s = st.exec(); !s)
        return s;
    if (const Status s =
            AuditLog(m_ctx).record(u"indicator.deleted"_s, u"indicator"_s, id, describe(*before));
        !s)
        return s;
    return tx.commit();
}

Expected<std::optional<Indicator>> IndicatorStore::findById(qint64 id)
{
    Statement st(m_ctx.database.connection(), selectColumns + u"WHERE id = :id"_s);
    st.bind(u":id"_s, id);
    return st.readOne([](const Statement &row) { return fromRow(row); });
}

std::optional<Indicator> IndicatorStore::byId(qint64 id)
{
    auto found = findById(id);
    return found ? std::move(found).value() : std::nullopt;
}

Expected<std::optional<Indicator>> IndicatorStore::findByPineId(const QString &pineId)
{
    Statement st(m_ctx.database.connection(), selectColumns + u"WHERE pine_id = :p"_s);
    st.bind(u":p"_s, pineId.trimmed());
    return st.readOne([this](const Statement &row) { return fromRow(row); });
}

std::optional<Indicator> IndicatorStore::byPineId(const QString &pineId)
{
    auto found = findByPineId(pineId);
    return found ? std::move(found).value() : std::nullopt;
}

Expected<QList<Indicator>> IndicatorStore::list()
{
    Statement st(m_ctx.database.connection(), selectColumns + u"ORDER BY lower(name)"_s);
    return st.readAll([this](const Statement &row) { return fromRow(row); });
}

QList<Indicator> IndicatorStore::all()
{
    auto found = list();
    return found ? std::move(found).value() : QList<Indicator>();
}

Expected<qint64> IndicatorStore::addVersion(IndicatorVersion version)
{
    version.version = version.version.trimmed();
    if (version.version.isEmpty())
        return Expected<qint64>::failure(tr("The version needs a name, such as 2.1."));
    Transaction tx(m_ctx.database.connection());
    if (!tx.isActive())
        return Expected<qint64>::failure(tx.error());
    Statement dup(m_ctx.database.connection(),
                  u"SELECT COUNT(*) FROM indicator_versions WHERE indicator_id = :i AND "
                  "version = :v"_s);
    dup.bind(u":i"_s, version.indicatorId).bind(u":v"_s, version.version);
    if (const auto first = dup.execAndFirst(); first && *first && dup.value(0).toInt() > 0) {
        return Expected<qint64>::failure(
            tr("Version %1 is already in this indicator's history.").arg(version.version));
    }
    Statement st(m_ctx.database.connection(),
                 u"INSERT INTO indicator_versions (indicator_id, version, released_at, notes) "
                 "VALUES (:i, :v, :r, :n)"_s);
    st.bind(u":i"_s, version.indicatorId)
        .bind(u":v"_s, version.version)
        .bind(u":r"_s, DbTime::toDb(version.releasedAt.isValid() ? version.releasedAt
                                                                 : m_ctx.clock.nowUtc()))
        .bind(u":n"_s, version.notes);
    if (const Status s = st.exec(); !s)
        return Expected<qint64>::failure(s.error());
    const qint64 id = st.lastInsertId();
    const QJsonObject details{{u"version"_s, version.version}, {u"notes"_s, version.notes}};
    if (const Status s = AuditLog(m_ctx).record(u"indicator.version_added"_s, u"indicator"_s,
                                                version.indicatorId, details);
        !s)
        return Expected<qint64>::failure(s.error());
    if (const Status s = tx.commit(); !s)
        return Expected<qint64>::failure(s.error());
    return id;
}

Expected<QList<IndicatorVersion>> IndicatorStore::listVersions(qint64 indicatorId)
{
    Statement st(m_ctx.database.connection(),
                 u"SELECT id, indicator_id, version, released_at, notes FROM indicator_versions "
                 "WHERE indicator_id = :i ORDER BY released_at DESC, id DESC"_s);
    st.bind(u":i"_s, indicatorId);
    return st.readAll([](const Statement &row) {
        return IndicatorVersion{row.value(0).toLongLong(), row.value(1).toLongLong(),
                                row.value(2).toString(), DbTime::fromDb(row.value(3)),
                                row.value(4).toString()};
    });
}

QList<IndicatorVersion> IndicatorStore::versions(qint64 indicatorId)
{
    auto list = listVersions(indicatorId);
    return list ? std::move(list).value() : QList<IndicatorVersion>();
}

qint64 IndicatorStore::activeUserCount(qint64 indicatorId)
{
    Statement st(m_ctx.database.connection(),
                 u"SELECT COUNT(*) FROM accesses WHERE indicator_id = :i AND "
                 "intended_state = 'granted' AND (expires_at IS NULL OR expires_at > :now)"_s);
    st.bind(u":i"_s, indicatorId).bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()));
    const auto first = st.execAndFirst();
    return (first && *first) ? st.value(0).toLongLong() : 0;
}

} // namespace pinedesk
