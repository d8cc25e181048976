#include "DateText.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk::DateText {

QString minutes(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(u":ss"_s);
    time.remove(u".ss"_s);
    return locale.toString(utc.toLocalTime(),
                           locale.dateFormat(QLocale::ShortFormat) + u' ' + time);
}

} // namespace pinedesk::DateText
