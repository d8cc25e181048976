#include "QueueLeaseStore.h"

#include "DbTime.h"
#include "LeaseLock.h"
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

// Who holds the lease while its row is not written yet (another desktop between taking the
// lock and committing the row).
// Its kind is left empty: it is not known yet.
LeaseHolder unknownHolder()
{
    return LeaseHolder();
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
    std::optional<LeaseHolder> current;
    if (*found)
        current = holderFrom(read);
    Claim claim;
    bool tookLock = false;
    if (m_ctx.database.isPostgresql()) {
        // The advisory lock decides: whoever's connection holds it is alive, wherever it runs,
        // and a holder whose connection ended is gone, however fresh its last heartbeat.
        LeaseLock lock(db);
        const auto heldHere = lock.heldHere();
        if (!heldHere)
            return R::failure(heldHere.error());
        if (*heldHere) {
            // Another engine on this very connection (one process), or the row of an attempt
            // of ours that failed after taking the lock: the row's heartbeat tells.
            if (current && current->ownerId != me.ownerId) {
                if (!isDead(*current, now, staleSeconds))
                    return Claim{false, current};
                claim.other = current;
            }
        } else {
            const auto taken = lock.take();
            if (!taken)
                return R::failure(taken.error());
            if (!*taken)
                return Claim{false, current.value_or(unknownHolder())};
            tookLock = true;
            if (current && current->ownerId != me.ownerId)
                claim.other = current;
        }
    } else if (current && current->ownerId != me.ownerId) {
        if (!isDead(*current, now, staleSeconds))
            return Claim{false, current};
        claim.other = current;
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
    Status written = write.exec();
    if (written)
        written = tx.commit();
    if (!written) {
        // A session lock outlives a rollback: give it back, or this connection would keep the
        // queue from everyone without a row saying so.
        if (tookLock) {
            tx.rollback();
            if (const Status freed = LeaseLock(db).free(); !freed)
                qCWarning(lcLease)
                    << "cannot give the queue lease's lock back:" << freed.error().detail();
        }
        return R::failure(written.error());
    }
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
    if (st.rowsAffected() != 1)
        return false;
    if (!m_ctx.database.isPostgresql())
        return true;
    // The row alone proves nothing on a team database: the lock must still be this
    // connection's (a connection that broke and came back has lost it to another desktop).
    return LeaseLock(m_ctx.database.connection()).heldHere();
}

Status QueueLeaseStore::release(const QString &ownerId)
{
    Statement st(m_ctx.database.connection(),
                 u"DELETE FROM queue_lease WHERE id = 1 AND owner_id = :owner"_s);
    st.bind(u":owner"_s, ownerId);
    if (const Status s = st.exec(); !s || !m_ctx.database.isPostgresql() || st.rowsAffected() != 1)
        return s;
    return LeaseLock(m_ctx.database.connection()).free();
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
