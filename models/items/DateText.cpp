#include "DateText.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk::DateText {

namespace {

QString timeFormat(const QLocale &locale)
{
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(u":ss"_s);
    time.remove(u".ss"_s);
    return time;
}

} // namespace

QString minutes(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QLocale locale;
    return locale.toString(utc.toLocalTime(),
                           locale.dateFormat(QLocale::ShortFormat) + u' ' + timeFormat(locale));
}

QString timeOfDay(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QLocale locale;
    return locale.toString(utc.toLocalTime().time(), timeFormat(locale));
}

} // namespace pinedesk::DateText
