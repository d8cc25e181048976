#include "BusinessSummary.h"

#include "store/DbTime.h"
#include "store/Statement.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

Expected<qint64> scalar(const QSqlDatabase &db, const QString &sql, const QVariant &now = {},
                        const QVariant &until = {})
{
    Statement st(db, sql);
    if (now.isValid())
        st.bind(u":now"_s, now);
    if (until.isValid())
        st.bind(u":until"_s, until);
    const auto first = st.execAndFirst();
    if (!first)
        return Expected<qint64>::failure(first.error());
    return *first ? st.value(0).toLongLong() : 0;
}

} // namespace

Expected<BusinessSummary> BusinessSummary::compute(Database &database, const QDateTime &nowUtc,
                                                   int expiringWithinDays, int upcomingLimit)
{
    using Result = Expected<BusinessSummary>;
    const QSqlDatabase db = database.connection();
    if (!db.isOpen())
        return Result::failure(database.lastOpenError());
    const QVariant now = DbTime::toDb(nowUtc);
    const QVariant until = DbTime::toDb(nowUtc.addDays(expiringWithinDays));
    BusinessSummary s;

    struct Figure
    {
        qint64 *target;
        QString sql;
    };
    const Figure figures[] = {
        {&s.clients, u"SELECT COUNT(*) FROM clients"_s},
        {&s.activeClients,
         u"SELECT COUNT(DISTINCT client_id) FROM accesses WHERE intended_state = 'granted' "
         "AND (expires_at IS NULL OR expires_at > :now)"_s},
        {&s.activeAccesses, u"SELECT COUNT(*) FROM accesses WHERE intended_state = 'granted' "
                            "AND (expires_at IS NULL OR expires_at > :now)"_s},
        {&s.lifetimeAccesses, u"SELECT COUNT(*) FROM accesses WHERE intended_state = 'granted' "
                              "AND expires_at IS NULL"_s},
        {&s.expiringSoon, u"SELECT COUNT(*) FROM accesses WHERE intended_state = 'granted' "
                          "AND expires_at > :now AND expires_at <= :until"_s},
        {&s.queuedChanges,
         u"SELECT COUNT(*) FROM sync_queue WHERE state IN ('pending', 'in_flight', 'retry')"_s},
        {&s.deadChanges, u"SELECT COUNT(*) FROM sync_queue WHERE state = 'dead'"_s},
    };
    for (const Figure &f : figures) {
        const bool needsNow = f.sql.contains(u":now"_s);
        const bool needsUntil = f.sql.contains(u":until"_s);
        const auto value =
            scalar(db, f.sql, needsNow ? now : QVariant(), needsUntil ? until : QVariant());
        if (!value)
            return Result::failure(value.error());
        *f.target = *value;
    }

    Statement revenue(db, u"SELECT currency, SUM(amount_minor - refunded_minor) FROM payments "
                          "WHERE paid_at > :from AND paid_at <= :now AND status IN ('paid', "
                          "'partially_refunded') GROUP BY currency ORDER BY currency"_s);
    revenue.bind(u":from"_s, DbTime::toDb(nowUtc.addDays(-30))).bind(u":now"_s, now);
    if (const Status st = revenue.exec(); !st)
        return Result::failure(st.error());
    while (revenue.next())
        s.revenueLast30Days.insert(revenue.value(0).toString(), revenue.value(1).toLongLong());

    Statement upcoming(db, u"SELECT c.tv_username, i.name, a.expires_at FROM accesses a "
                           "JOIN clients c ON c.id = a.client_id "
                           "JOIN indicators i ON i.id = a.indicator_id "
                           "WHERE a.intended_state = 'granted' AND a.expires_at > :now "
                           "AND a.expires_at <= :until ORDER BY a.expires_at LIMIT :limit"_s);
    upcoming.bind(u":now"_s, now).bind(u":until"_s, until).bind(u":limit"_s, upcomingLimit);
    if (const Status st = upcoming.exec(); !st)
        return Result::failure(st.error());
    while (upcoming.next()) {
        s.upcoming.append({upcoming.value(0).toString(), upcoming.value(1).toString(),
                           DbTime::fromDb(upcoming.value(2))});
    }
    return s;
}

} // namespace pinedesk
