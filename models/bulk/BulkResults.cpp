#include "BulkResults.h"

#include "csv/CsvWriter.h"
#include "domain/UsernameValidator.h"
#include "store/DbTime.h"
#include "store/Statement.h"
#include "store/SyncQueueStore.h"
#include "store/Transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// Rows are re-read for this long after their last change: a row the engine wrote a moment
// before another may commit after it, so the newest time seen is not a safe boundary.
constexpr int rereadSeconds = 2;

QString pairKey(const QString &username, const QString &pineId)
{
    return UsernameValidator::key(username) + u'\n' + pineId;
}

// Worst first: what needs the vendor, then what is under way, then what is over.
int severity(BulkResults::State s)
{
    switch (s) {
    case BulkResults::State::Failed:
        return 0;
    case BulkResults::State::Sending:
        return 1;
    case BulkResults::State::Retrying:
        return 2;
    case BulkResults::State::Paused:
        return 3;
    case BulkResults::State::Waiting:
        return 4;
    case BulkResults::State::Cancelled:
        return 5;
    case BulkResults::State::Done:
        return 6;
    case BulkResults::State::NoChange:
    case BulkResults::State::Excluded:
        return 7;
    }
    return 7;
}

// What the engine's result key means, for the vendor.
QString resultText(const QString &result)
{
    if (result == u"added"_s)
        return BulkResults::tr("Added on TradingView");
    if (result == u"modified"_s)
        return BulkResults::tr("Expiry changed on TradingView");
    if (result == u"removed"_s)
        return BulkResults::tr("Removed from TradingView");
    if (result == u"absent"_s)
        return BulkResults::tr("Already without access on TradingView");
    return result;
}

QString expirationCell(const std::optional<Expiration> &e)
{
    if (!e)
        return {};
    return e->isLifetime() ? BulkResults::tr("lifetime")
                           : e->until().toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

BulkResults::BulkResults(qint64 batchId, const BulkPreview::Result &plan,
                         const QList<Excluded> &excluded)
    : m_batchId(batchId)
{
    for (const BulkPreview::User &u : plan.users) {
        User user;
        user.username = u.username;
        for (const BulkPreview::Change &c : u.changes) {
            Pair p;
            p.change = c;
            if (c.kind != BulkPreview::Kind::NoChange)
                m_index.insert(pairKey(u.username, c.pineId),
                               {int(m_users.size()), int(user.pairs.size())});
            user.pairs.append(p);
        }
        m_users.append(user);
    }
    for (const Excluded &e : excluded) {
        User user;
        user.username = e.username;
        user.reason = e.reason;
        user.excluded = true;
        m_users.append(user);
    }
    recount();
}

Expected<QList<int>> BulkResults::refresh(const StoreContext &context, bool full)
{
    using R = Expected<QList<int>>;
    const QSqlDatabase db = context.database.connection();
    Statement paused(db, u"SELECT paused FROM sync_batches WHERE id = :b"_s);
    paused.bind(u":b"_s, m_batchId);
    const auto found = paused.execAndFirst();
    if (!found)
        return R::failure(found.error());
    m_paused = *found && paused.value(0).toInt() != 0;

    QString since;
    if (m_readOnce && !full && !m_lastUpdate.isEmpty())
        since = DbTime::toText(DbTime::fromDb(m_lastUpdate).addSecs(-rereadSeconds));
    Statement st(db, u"SELECT id, tv_username, pine_id, state, result, last_error, attempts, "
                     "updated_at, finished_at FROM sync_queue WHERE batch_id = :b AND "
                     "updated_at >= :since"_s);
    st.bind(u":b"_s, m_batchId).bind(u":since"_s, since);
    if (const Status s = st.exec(); !s)
        return R::failure(s.error());
    QList<int> changed;
    while (st.next()) {
        const auto at = m_index.constFind(pairKey(st.value(1).toString(), st.value(2).toString()));
        const QString updated = st.value(7).toString();
        if (updated > m_lastUpdate)
            m_lastUpdate = updated;
        if (at == m_index.constEnd())
            continue; // a change made elsewhere that joined this batch
        Pair &p = m_users[at->first].pairs[at->second];
        const qint64 rowId = st.value(0).toLongLong();
        // A pair may have several rows (a retry after a failure): the newest speaks.
        if (p.hasRow && rowId < p.rowId)
            continue;
        const QueueState state =
            queueStateFromText(st.value(3).toString()).value_or(QueueState::Pending);
        const int attempts = st.value(6).toInt();
        if (p.hasRow && p.rowId == rowId && p.state == state && p.attempts == attempts)
            continue;
        p.hasRow = true;
        p.rowId = rowId;
        p.state = state;
        p.result = st.value(4).toString();
        p.error = st.value(5).toString();
        p.attempts = attempts;
        p.finishedAt = DbTime::fromDb(st.value(8));
        if (changed.isEmpty() || changed.last() != at->first)
            changed.append(at->first);
    }
    m_readOnce = true;
    recount();
    return changed;
}

Expected<int> BulkResults::retryFailed(const StoreContext &context) const
{
    using R = Expected<int>;
    Transaction tx(context.database.connection());
    if (!tx.isActive())
        return R::failure(tx.error());
    SyncQueueStore queue(context);
    int retried = 0;
    for (const User &u : std::as_const(m_users)) {
        for (const Pair &p : u.pairs) {
            if (!p.hasRow || p.state != QueueState::Dead)
                continue;
            const auto n = queue.retryDead(p.rowId);
            if (!n)
                return R::failure(n.error());
            retried += *n;
        }
    }
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    return retried;
}

void BulkResults::recount()
{
    Counts c;
    for (const User &u : std::as_const(m_users)) {
        for (const Pair &p : u.pairs) {
            if (p.change.kind == BulkPreview::Kind::NoChange)
                continue;
            ++c.total;
            switch (p.state) {
            case QueueState::Done:
                ++c.done;
                break;
            case QueueState::Dead:
                ++c.failed;
                break;
            case QueueState::Cancelled:
                ++c.cancelled;
                break;
            case QueueState::InFlight:
                ++c.inFlight;
                break;
            case QueueState::Pending:
            case QueueState::Retry:
                ++c.waiting;
                break;
            }
        }
    }
    m_counts = c;
}

BulkResults::State BulkResults::pairState(const Pair &p, bool paused)
{
    if (p.change.kind == BulkPreview::Kind::NoChange)
        return State::NoChange;
    switch (p.state) {
    case QueueState::Pending:
        return paused ? State::Paused : State::Waiting;
    case QueueState::InFlight:
        return State::Sending;
    case QueueState::Retry:
        return State::Retrying;
    case QueueState::Done:
        return State::Done;
    case QueueState::Dead:
        return State::Failed;
    case QueueState::Cancelled:
        return State::Cancelled;
    }
    return State::Waiting;
}

BulkResults::State BulkResults::state(int user) const
{
    const User &u = m_users.at(user);
    if (u.excluded)
        return State::Excluded;
    State worst = State::NoChange;
    for (const Pair &p : u.pairs) {
        const State s = pairState(p, m_paused);
        if (severity(s) < severity(worst))
            worst = s;
    }
    return worst;
}

QString BulkResults::change(int user) const
{
    const User &u = m_users.at(user);
    if (u.excluded)
        return tr("Left out");
    QStringList parts;
    for (const Pair &p : u.pairs)
        parts.append(BulkPreview::describe(p.change));
    return parts.join(u"; "_s);
}

QString BulkResults::detail(int user) const
{
    const User &u = m_users.at(user);
    if (u.excluded)
        return u.reason;
    QStringList parts;
    for (const Pair &p : u.pairs) {
        const State s = pairState(p, m_paused);
        QString text;
        if ((s == State::Failed || s == State::Retrying) && !p.error.isEmpty())
            text = p.error;
        else if (s == State::Done)
            text = resultText(p.result);
        if (!text.isEmpty())
            parts.append(u.pairs.size() > 1 ? tr("%1: %2").arg(p.change.indicatorName, text)
                                            : text);
    }
    return parts.join(u"; "_s);
}

Status BulkResults::exportCsv(QIODevice &device) const
{
    CsvWriter csv(device);
    csv.writeRow({tr("Username"), tr("Indicator"), tr("Pine ID"), tr("Change"), tr("Before"),
                  tr("After"), tr("Status"), tr("Detail"), tr("Attempts"), tr("Finished (UTC)")});
    for (const User &u : m_users) {
        if (u.excluded) {
            csv.writeRow(
                {u.username, {}, {}, {}, {}, {}, stateName(State::Excluded), u.reason, {}, {}});
            continue;
        }
        for (const Pair &p : u.pairs) {
            const State s = pairState(p, m_paused);
            const bool queued = p.change.kind != BulkPreview::Kind::NoChange;
            csv.writeRow(
                {u.username, p.change.indicatorName, p.change.pineId,
                 BulkPreview::kindName(p.change.kind), expirationCell(p.change.current),
                 expirationCell(p.change.target), stateName(s),
                 s == State::Done ? resultText(p.result) : p.error,
                 queued ? QString::number(p.attempts) : QString(),
                 p.finishedAt.isValid() ? p.finishedAt.toUTC().toString(Qt::ISODate) : QString()});
        }
    }
    return csv.status();
}

QString BulkResults::stateName(State state)
{
    switch (state) {
    case State::Excluded:
        return tr("Left out");
    case State::NoChange:
        return tr("No change");
    case State::Waiting:
        return tr("Waiting");
    case State::Paused:
        return tr("Paused");
    case State::Sending:
        return tr("Sending");
    case State::Retrying:
        return tr("Retrying");
    case State::Done:
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

} // namespace pinedesk
