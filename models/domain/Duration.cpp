#include "Duration.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// Upper bounds keep arithmetic far from overflow and catch typos such as 3000M.
constexpr int maxDays = 36600;
constexpr int maxWeeks = 5230;
constexpr int maxMonths = 1200;
constexpr int maxYears = 100;

} // namespace

Expected<Duration> Duration::parse(const QString &text)
{
    const QString input = text.trimmed().toUpper();
    const QString accepted =
        tr("Use a number followed by D (days), W (weeks), M (months) or Y (years), such as 7D, "
           "2W, 1M, 3M or 1Y; or L for lifetime.");
    if (input.isEmpty())
        return Expected<Duration>::failure(tr("The duration is empty.") + u' ' + accepted);
    if (input == u"L"_s || input == u"1L"_s)
        return lifetime();

    static const QRegularExpression pattern(u"^([0-9]{1,6})([DWMY])$"_s);
    const QRegularExpressionMatch match = pattern.match(input);
    if (!match.hasMatch()) {
        return Expected<Duration>::failure(tr("\"%1\" is not a duration.").arg(text.trimmed()) +
                                           u' ' + accepted);
    }
    const int count = match.captured(1).toInt();
    if (count <= 0)
        return Expected<Duration>::failure(tr("A duration must be at least 1.") + u' ' + accepted);

    const QChar unit = match.captured(2).at(0);
    struct Limit
    {
        QChar letter;
        Unit unit;
        int max;
    };
    static const Limit limits[] = {{u'D', Unit::Days, maxDays},
                                   {u'W', Unit::Weeks, maxWeeks},
                                   {u'M', Unit::Months, maxMonths},
                                   {u'Y', Unit::Years, maxYears}};
    for (const Limit &limit : limits) {
        if (limit.letter != unit)
            continue;
        if (count > limit.max) {
            return Expected<Duration>::failure(
                tr("\"%1\" is longer than 100 years; use L for lifetime.").arg(text.trimmed()));
        }
        return Duration(limit.unit, count);
    }
    return Expected<Duration>::failure(accepted); // not reachable: the pattern limits the unit
}

QString Duration::toString() const
{
    switch (m_unit) {
    case Unit::Days:
        return QString::number(m_count) + u'D';
    case Unit::Weeks:
        return QString::number(m_count) + u'W';
    case Unit::Months:
        return QString::number(m_count) + u'M';
    case Unit::Years:
        return QString::number(m_count) + u'Y';
    case Unit::Lifetime:
        return u"L"_s;
    }
    return {};
}

QString Duration::displayText() const
{
    switch (m_unit) {
    case Unit::Days:
        return tr("%n day(s)", nullptr, m_count);
    case Unit::Weeks:
        return tr("%n week(s)", nullptr, m_count);
    case Unit::Months:
        return tr("%n month(s)", nullptr, m_count);
    case Unit::Years:
        return tr("%n year(s)", nullptr, m_count);
    case Unit::Lifetime:
        return tr("Lifetime");
    }
    return {};
}

QDateTime Duration::addTo(const QDateTime &from) const
{
    const QDateTime utc = from.toUTC();
    switch (m_unit) {
    case Unit::Days:
        return utc.addDays(m_count);
    case Unit::Weeks:
        return utc.addDays(qint64(m_count) * 7);
    case Unit::Months:
        // QDate::addMonths clamps to the last day of the target month.
        return utc.addMonths(m_count);
    case Unit::Years:
        return utc.addYears(m_count);
    case Unit::Lifetime:
        return {};
    }
    return {};
}

} // namespace pinedesk
