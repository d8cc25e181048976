#include "IcsCalendar.h"

#include "store/ExpiryAlertStore.h"

#include <QMap>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QByteArray day(const QDate &d)
{
    return d.toString(u"yyyyMMdd"_s).toLatin1();
}

QString who(const ExpiryAlertStore::Candidate &c)
{
    const QString name = c.tvUsername.isEmpty() ? c.email : c.tvUsername;
    return u"%1 (%2)"_s.arg(name, c.planName.isEmpty() ? c.indicatorName : c.planName);
}

} // namespace

QByteArray IcsCalendar::escapeText(const QString &text)
{
    QString t = text;
    t.replace(u'\\', u"\\\\"_s).replace(u';', u"\\;"_s).replace(u',', u"\\,"_s);
    t.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n').replace(u'\n', u"\\n"_s);
    return t.toUtf8();
}

QByteArray IcsCalendar::fold(const QByteArray &line)
{
    // At most 75 octets a line, never inside a UTF-8 character; continuations start with a space.
    QByteArray out;
    qsizetype start = 0;
    int limit = 75;
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    return out + line.mid(start) + "\r\n";
}

Expected<QByteArray> IcsCalendar::expiries(const StoreContext &context, const QDate &from,
                                           const QDate &to, Grouping grouping,
                                           const std::atomic<bool> *cancel)
{
    using R = Expected<QByteArray>;
    if (!from.isValid() || !to.isValid() || to < from)
        return R::failure(tr("Choose a range whose end is not before its start."));
    const auto accesses = ExpiryAlertStore(context).endingBetween(
        QDateTime(from, QTime(0, 0), QTimeZone::utc()).addMSecs(-1),
        QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::utc()).addMSecs(-1));
    if (!accesses)
        return R::failure(accesses.error());
    const QByteArray stamp = context.clock.nowUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
    QByteArray ics;
    const auto line = [&ics](const QByteArray &l) {
        ics += fold(l);
    };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//PineDesk//Expiry calendar//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line("X-WR-CALNAME:" + escapeText(tr("PineDesk: accesses ending")));
    const auto event = [&](const QByteArray &uid, const QDate &d, const QString &summary,
                           const QString &description) {
        line("BEGIN:VEVENT");
        line("UID:" + uid);
        line("DTSTAMP:" + stamp);
        line("DTSTART;VALUE=DATE:" + day(d));
        line("DTEND;VALUE=DATE:" + day(d.addDays(1)));
        line("SUMMARY:" + escapeText(summary));
        line("DESCRIPTION:" + escapeText(description));
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    };
    if (grouping == Grouping::PerAccess) {
        for (const ExpiryAlertStore::Candidate &c : *accesses) {
            if (cancel && cancel->load())
                return R::failure(tr("Cancelled."));
            const QDate d = c.expiresAt.toUTC().date();
            event("access-" + QByteArray::number(c.accessId) + '-' + day(d) + "@pinedesk", d,
                  tr("Access ends: %1").arg(who(c)),
                  tr("%1's access to %2 ends at the end of this day (UTC).")
                      .arg(c.tvUsername.isEmpty() ? c.email : c.tvUsername, c.indicatorName));
        }
    } else {
        QMap<QDate, QStringList> byDay;
        for (const ExpiryAlertStore::Candidate &c : *accesses)
            byDay[c.expiresAt.toUTC().date()].append(who(c));
        for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
            if (cancel && cancel->load())
                return R::failure(tr("Cancelled."));
            event("expiries-" + day(it.key()) + "@pinedesk", it.key(),
                  tr("%n access(es) end", nullptr, int(it.value().size())), it.value().join(u'\n'));
        }
    }
    line("END:VCALENDAR");
    return ics;
}

} // namespace pinedesk
