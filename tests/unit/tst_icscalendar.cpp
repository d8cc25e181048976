// The expiry calendar as iCalendar (RFC 5545): CRLF lines of at most 75 octets (folded, never
// inside a character), escaped text, all-day events with stable UIDs, per day or per access.
#include "TestDatabase.h"
#include "domain/Indicator.h"
#include "reports/IcsCalendar.h"
#include "store/IndicatorStore.h"
#include "sync/AccessChanges.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace pinedesk;
using pinedesk::test::TestDatabase;

class TestIcsCalendar : public QObject
{
    Q_OBJECT

    static QList<QByteArray> unfolded(const QByteArray &ics)
    {
        QByteArray joined = ics;
        joined.replace("\r\n ", "");
        QList<QByteArray> lines = joined.split('\n');
        lines.removeLast(); // after the last CRLF
        for (QByteArray &l : lines)
            l.chop(1); // the CR
        return lines;
    }

private Q_SLOTS:
    void textIsEscapedAndFolded()
    {
        QCOMPARE(IcsCalendar::escapeText(u"a,b;c\\d\ne"_s), QByteArray("a\\,b\\;c\\\\d\\ne"));
        const QByteArray longLine = "DESCRIPTION:" + QString(u"ñ"_s.repeated(80)).toUtf8();
        const QByteArray folded = IcsCalendar::fold(longLine);
        QVERIFY(folded.endsWith("\r\n"));
        for (const QByteArray &line : folded.split('\n')) {
            QVERIFY(line.size() <= 76); // 75 octets and the CR
            QVERIFY(QString::fromUtf8(line.trimmed()).toUtf8() == line.trimmed()); // whole chars
        }
        QByteArray back = folded;
        back.replace("\r\n ", "");
        QCOMPARE(back, longLine + "\r\n");
    }

    void expiriesPerDayAndPerAccess()
    {
        TestDatabase db;
        QVERIFY(db.isOpen());
        db.clock().set(QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc()));
        Indicator i;
        i.pineId = u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s;
        i.name = u"Señales, Pro"_s;
        QVERIFY(IndicatorStore(db.context()).create(i));
        const auto grant = [&](const QStringList &users, const QDate &until) {
            AccessChanges::Request r;
            r.usernames = users;
            r.pineIds = {i.pineId};
            r.until = until;
            QVERIFY(AccessChanges(db.context()).apply(r));
        };
        grant({u"ana_fx"_s, u"bo_fx"_s}, QDate(2026, 12, 12));
        grant({u"cy_fx"_s}, QDate(2027, 1, 3));
        grant({u"late_fx"_s}, QDate(2027, 6, 1)); // outside the range

        const QByteArray ics =
            IcsCalendar::expiries(db.context(), QDate(2026, 12, 1), QDate(2027, 1, 31),
                                  IcsCalendar::Grouping::PerDay)
                .value();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        const QList<QByteArray> lines = unfolded(ics);
        QCOMPARE(lines.count("BEGIN:VEVENT"), 2);
        QVERIFY(lines.contains("UID:expiries-20261212@pinedesk"));
        QVERIFY(lines.contains("DTSTART;VALUE=DATE:20261212"));
        QVERIFY(lines.contains("DTEND;VALUE=DATE:20261213"));
        QVERIFY(
            lines.contains("SUMMARY:2 access(es) end")); // the English plurals load with the app
        QVERIFY(lines.contains(
            QString(u"DESCRIPTION:ana_fx (Señales\\, Pro)\\nbo_fx (Señales\\, Pro)"_s).toUtf8()));
        QVERIFY(lines.contains("DTSTAMP:20261207T090000Z"));
        QVERIFY(!ics.contains("late_fx"));

        const QByteArray perAccess =
            IcsCalendar::expiries(db.context(), QDate(2026, 12, 1), QDate(2027, 1, 31),
                                  IcsCalendar::Grouping::PerAccess)
                .value();
        QCOMPARE(unfolded(perAccess).count("BEGIN:VEVENT"), 3);
        // Written again, the same UIDs: a calendar app updates the events.
        QCOMPARE(IcsCalendar::expiries(db.context(), QDate(2026, 12, 1), QDate(2027, 1, 31),
                                       IcsCalendar::Grouping::PerAccess)
                     .value(),
                 perAccess);
        QVERIFY(!IcsCalendar::expiries(db.context(), QDate(2027, 1, 31), QDate(2026, 12, 1),
                                       IcsCalendar::Grouping::PerDay));
    }
};

QTEST_GUILESS_MAIN(TestIcsCalendar)
#include "tst_icscalendar.moc"
