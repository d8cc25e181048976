#include "DbTime.h"

#include <QTimeZone>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

QString DbTime::toText(const QDateTime &when)
{
    // Written by hand: QDateTime::toString() with a format goes through the locale machinery
    // and dominated bulk writes (demo data, imports).
    const QDateTime utc = when.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char16_t buffer[24];
    auto put = [&buffer](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buffer[at + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    const int year = d.year();
    if (year < 0 || year > 9999)
        return utc.toString(Qt::ISODateWithMs);
    put(0, year, 4);
    buffer[4] = u'-';
    put(5, d.month(), 2);
    buffer[7] = u'-';
    put(8, d.day(), 2);
    buffer[10] = u'T';
    put(11, t.hour(), 2);
    buffer[13] = u':';
    put(14, t.minute(), 2);
    buffer[16] = u':';
    put(17, t.second(), 2);
    buffer[19] = u'.';
    put(20, t.msec(), 3);
    buffer[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(buffer), 24);
}

QVariant DbTime::toDb(const QDateTime &when)
{
    if (!when.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return toText(when);
}

namespace {

// "2026-01-31T12:34:56.789Z", the shape toText() writes, read by hand: QDateTime::fromString
// goes through time-zone machinery and dominated whole-history reads (analytics). Anything else
// is nullopt and takes the general path.
std::optional<QDateTime> fromOwnShape(QStringView text)
{
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' ||
        text[13] != u':' || text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return std::nullopt;
    bool ok = true;
    const auto number = [&](int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; ++i) {
            const char16_t c = text[i].unicode();
            ok = ok && c >= u'0' && c <= u'9';
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    const int msec = number(20, 3);
    if (!ok || !date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    return QDateTime::fromMSecsSinceEpoch(
        ((days * 24 + hour) * 60 + minute) * 60'000LL + second * 1000LL + msec, Qt::UTC);
}

} // namespace

QDateTime DbTime::fromDb(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (const auto fast = fromOwnShape(text))
        return *fast;
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    return parsed.toUTC();
}

} // namespace pinedesk
