#include "QueueLeaseStore.h"

#include "DbTime.h"
#include "Statement.h"
#include "Transaction.h"
#include "logging/LogCategories.h"

#include <QSysInfo>

#include <cerrno>
#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QString selectHolder =
    u"SELECT owner_id, owner_kind, pid, host, acquired_at, heartbeat_at FROM queue_lease "
    "WHERE id = 1"_s;

LeaseHolder holderFrom(const Statement &st)
{
    LeaseHolder h;
    h.ownerId = st.value(0).toString();
    h.kind = st.value(1).toString();
    h.pid = st.value(2).toLongLong();
    h.host = st.value(3).toString();
    h.acquiredAt = DbTime::fromDb(st.value(4));
    h.heartbeatAt = DbTime::fromDb(st.value(5));
    return h;
}

bool processExists(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

} // namespace

QString QueueLeaseStore::thisHost()
{
    return QSysInfo::machineHostName();
}

bool QueueLeaseStore::isDead(const LeaseHolder &holder, const QDateTime &now, double staleSeconds)
{
    if (!holder.heartbeatAt.isValid() ||
        double(holder.heartbeatAt.msecsTo(now)) / 1000.0 > staleSeconds)
        return true;
    return holder.host == thisHost() && !processExists(holder.pid);
}

Expected<QueueLeaseStore::Claim> QueueLeaseStore::tryAcquire(const LeaseHolder &me,
                                                             double staleSeconds)
{
    using R = Expected<Claim>;
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    const QDateTime now = m_ctx.clock.nowUtc();
    Statement read(db, selectHolder);
    const auto found = read.execAndFirst();
    if (!found)
        return R::failure(found.error());
    Claim claim;
    if (*found) {
        const LeaseHolder current = holderFrom(read);
        if (current.ownerId != me.ownerId) {
            if (!isDead(current, now, staleSeconds))
                return Claim{false, current};
            claim.other = current;
        }
    }
    Statement write(db, u"INSERT INTO queue_lease (id, owner_id, owner_kind, pid, host, "
                        "acquired_at, heartbeat_at) VALUES (1, :owner, :kind, :pid, :host, :now, "
                        ":now) ON CONFLICT (id) DO UPDATE SET owner_id = excluded.owner_id, "
                        "owner_kind = excluded.owner_kind, pid = excluded.pid, host = "
                        "excluded.host, acquired_at = excluded.acquired_at, heartbeat_at = "
                        "excluded.heartbeat_at"_s);
    write.bind(u":owner"_s, me.ownerId)
        .bind(u":kind"_s, me.kind)
        .bind(u":pid"_s, me.pid)
        .bind(u":host"_s, me.host)
        .bind(u":now"_s, DbTime::toDb(now));
    if (const Status s = write.exec(); !s)
        return R::failure(s.error());
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    claim.acquired = true;
    if (claim.other)
        qCInfo(lcLease).noquote() << "took over the queue from" << claim.other->kind << "pid"
                                  << claim.other->pid << "on" << claim.other->host;
    return claim;
}

Expected<bool> QueueLeaseStore::renew(const QString &ownerId)
{
    Statement st(
        m_ctx.database.connection(),
        u"UPDATE queue_lease SET heartbeat_at = :now WHERE id = 1 AND owner_id = :owner"_s);
    st.bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc())).bind(u":owner"_s, ownerId);
    if (const Status s = st.exec(); !s)
        return Expected<bool>::failure(s.error());
    return st.rowsAffected() == 1;
}

Status QueueLeaseStore::release(const QString &ownerId)
{
    Statement st(m_ctx.database.connection(),
                 u"DELETE FROM queue_lease WHERE id = 1 AND owner_id = :owner"_s);
    st.bind(u":owner"_s, ownerId);
    return st.exec();
}

Expected<std::optional<LeaseHolder>> QueueLeaseStore::holder()
{
    using R = Expected<std::optional<LeaseHolder>>;
    Statement st(m_ctx.database.connection(), selectHolder);
    const auto found = st.execAndFirst();
    if (!found)
        return R::failure(found.error());
    if (!*found)
        return std::optional<LeaseHolder>();
    return std::optional<LeaseHolder>(holderFrom(st));
}

} // namespace pinedesk
