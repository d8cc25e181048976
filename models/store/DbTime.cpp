#include "DbTime.h"

#include <QTimeZone>

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

QDateTime DbTime::fromDb(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    return parsed.toUTC();
}

} // namespace pinedesk
