#include "ExpiryMonth.h"

#include "domain/Access.h"
#include "domain/QueueState.h"
#include "store/DbTime.h"
#include "store/Statement.h"

#include <QCoreApplication>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// The newest queue row of the pair says whether something is still on its way; without one,
// what TradingView last reported decides.
const QString monthQuery =
    u"SELECT a.id, c.full_name, c.email, c.tv_username, i.name, a.expires_at, a.server_state, "
    "a.server_expires_at, (SELECT q.state FROM sync_queue q WHERE q.tv_username = c.tv_username "
    "AND q.pine_id = i.pine_id ORDER BY q.id DESC LIMIT 1) "
    "FROM accesses a JOIN clients c ON c.id = a.client_id "
    "JOIN indicators i ON i.id = a.indicator_id "
    "WHERE a.intended_state = 'granted' AND a.expires_at >= :from AND a.expires_at < :to "
    "ORDER BY a.expires_at, c.tv_username"_s;

SyncState syncStateOf(const Statement &st, const QDateTime &expiresAt)
{
    Access access;
    access.intent = IntendedState::Granted;
    access.expiration = Expiration::at(expiresAt);
    const QString server = st.value(6).toString();
    access.serverKnown = server != u"unknown"_s;
    access.serverHasAccess = server == u"granted"_s;
    const QDateTime serverExpiry = DbTime::fromDb(st.value(7));
    access.serverExpiration =
        serverExpiry.isValid() ? Expiration::at(serverExpiry) : Expiration::lifetime();
    std::optional<QueueState> latest;
    if (!st.value(8).isNull())
        latest = queueStateFromText(st.value(8).toString());
    return SyncStateRule::stateOf(latest, access.serverMatchesIntent());
}

} // namespace

Expected<ExpiryMonth> ExpiryMonth::load(Database &database, int year, int month)
{
    using Result = Expected<ExpiryMonth>;
    ExpiryMonth result(year, month);
    if (!result.m_first.isValid())
        return Result::failure(QCoreApplication::translate("ExpiryMonth", "%1-%2 is not a month.")
                                   .arg(year)
                                   .arg(month));
    const QSqlDatabase db = database.connection();
    if (!db.isOpen())
        return Result::failure(database.lastOpenError());
    const QDateTime from(result.m_first, QTime(0, 0));
    const QDateTime to(result.m_first.addMonths(1), QTime(0, 0));
    Statement st(db, monthQuery);
    st.bind(u":from"_s, DbTime::toDb(from.toUTC())).bind(u":to"_s, DbTime::toDb(to.toUTC()));
    if (const Status s = st.exec(); !s)
        return Result::failure(s.error());
    while (st.next()) {
        Entry e;
        e.accessId = st.value(0).toLongLong();
        const QString fullName = st.value(1).toString();
        const QString email = st.value(2).toString();
        e.tvUsername = st.value(3).toString();
        e.client = !fullName.isEmpty() ? fullName : (!email.isEmpty() ? email : e.tvUsername);
        e.indicator = st.value(4).toString();
        e.expiresAt = DbTime::fromDb(st.value(5));
        e.syncState = syncStateOf(st, e.expiresAt);
        result.add(e);
    }
    return result;
}

void ExpiryMonth::add(const Entry &entry)
{
    m_days[entry.expiresAt.toLocalTime().date()].append(entry);
}

QMap<QDate, int> ExpiryMonth::counts() const
{
    QMap<QDate, int> counts;
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it)
        counts.insert(it.key(), int(it.value().size()));
    return counts;
}

qint64 ExpiryMonth::total() const
{
    qint64 total = 0;
    for (const QList<Entry> &day : m_days)
        total += day.size();
    return total;
}

} // namespace pinedesk
