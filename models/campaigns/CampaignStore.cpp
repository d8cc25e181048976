#include "CampaignStore.h"

#include "store/AuditLog.h"
#include "store/DbTime.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QString selectCampaigns =
    u"SELECT c.id, c.name, c.audience, c.offer, c.started_at, c.batch_id, c.created_by, "
    "(SELECT COUNT(*) FROM campaign_members m WHERE m.campaign_id = c.id) FROM campaigns c "_s;

Campaign fromRow(const Statement &st)
{
    Campaign c;
    c.id = st.value(0).toLongLong();
    c.name = st.value(1).toString();
    c.audience = st.value(2).toString();
    c.offer = st.value(3).toString();
    c.startedAt = DbTime::fromDb(st.value(4));
    if (!st.value(5).isNull())
        c.batchId = st.value(5).toLongLong();
    c.createdBy = st.value(6).toString();
    c.members = st.value(7).toInt();
    return c;
}

} // namespace

Expected<qint64> CampaignStore::create(Campaign campaign, const QList<qint64> &clientIds)
{
    using Result = Expected<qint64>;
    campaign.name = campaign.name.simplified();
    if (campaign.name.isEmpty())
        return Result::failure(tr("A campaign needs a name."));
    if (campaign.name.size() > 100)
        return Result::failure(tr("A campaign name has at most 100 characters."));
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Result::failure(tx.error());
    Statement dup(db, u"SELECT id FROM campaigns WHERE name = :name"_s);
    dup.bind(u":name"_s, campaign.name);
    if (const auto found = dup.execAndFirst(); found && *found)
        return Result::failure(tr("A campaign named \"%1\" already exists.").arg(campaign.name));
    const QDateTime now = m_ctx.clock.nowUtc();
    Statement insert(db, u"INSERT INTO campaigns (name, audience, offer, started_at, batch_id, "
                         "created_by, created_at) VALUES (:name, :audience, :offer, :started, "
                         ":batch, :by, :now)"_s);
    insert.bind(u":name"_s, campaign.name)
        .bind(u":audience"_s, campaign.audience.trimmed())
        .bind(u":offer"_s, campaign.offer.trimmed())
        .bind(u":started"_s, DbTime::toDb(campaign.startedAt.isValid() ? campaign.startedAt : now))
        .bind(u":batch"_s, campaign.batchId ? QVariant(*campaign.batchId) : QVariant())
        .bind(u":by"_s, campaign.createdBy.isEmpty() ? m_ctx.who() : campaign.createdBy)
        .bind(u":now"_s, DbTime::toDb(now));
    if (const Status s = insert.exec(); !s)
        return Result::failure(s.error());
    const qint64 id = insert.lastInsertId();
    Statement member(db, u"INSERT INTO campaign_members (campaign_id, client_id) "
                         "VALUES (:campaign, :client) ON CONFLICT DO NOTHING"_s);
    for (qint64 clientId : clientIds) {
        member.bind(u":campaign"_s, id).bind(u":client"_s, clientId);
        if (const Status s = member.exec(); !s)
            return Result::failure(s.error());
    }
    const QJsonObject details{{u"name"_s, campaign.name},
                              {u"audience"_s, campaign.audience},
                              {u"offer"_s, campaign.offer},
                              {u"members"_s, int(clientIds.size())}};
    if (const Status s = AuditLog(m_ctx).record(u"campaign.created"_s, u"campaign"_s, id, details);
        !s)
        return Result::failure(s.error());
    if (const Status s = tx.commit(); !s)
        return Result::failure(s.error());
    return id;
}

Status CampaignStore::remove(qint64 id)
{
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    Statement st(db, u"DELETE FROM campaigns WHERE id = :id"_s);
    st.bind(u":id"_s, id);
    if (const Status s = st.exec(); !s)
        return s;
    if (st.rowsAffected() == 0)
        return Status::failure(tr("That campaign no longer exists."));
    if (const Status s = AuditLog(m_ctx).record(u"campaign.deleted"_s, u"campaign"_s, id); !s)
        return s;
    return tx.commit();
}

std::optional<Campaign> CampaignStore::byId(qint64 id)
{
    Statement st(m_ctx.database.connection(), selectCampaigns + u"WHERE c.id = :id"_s);
    st.bind(u":id"_s, id);
    const auto first = st.execAndFirst();
    if (!first || !*first)
        return std::nullopt;
    return fromRow(st);
}

Expected<QList<Campaign>> CampaignStore::list()
{
    Statement st(m_ctx.database.connection(),
                 selectCampaigns + u"ORDER BY c.started_at DESC, c.id DESC"_s);
    return st.readAll([](const Statement &row) { return fromRow(row); });
}

QList<Campaign> CampaignStore::all()
{
    auto campaigns = list();
    return campaigns ? std::move(campaigns).value() : QList<Campaign>();
}

QList<qint64> CampaignStore::members(qint64 campaignId)
{
    QList<qint64> ids;
    Statement st(m_ctx.database.connection(),
                 u"SELECT client_id FROM campaign_members WHERE campaign_id = :id "
                 "ORDER BY client_id"_s);
    st.bind(u":id"_s, campaignId);
    if (!st.exec())
        return ids;
    while (st.next())
        ids.append(st.value(0).toLongLong());
    return ids;
}

} // namespace pinedesk
