#include "UsernameValidator.h"

namespace pinedesk {

namespace {

bool isUsernameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'_' || u == u'-';
}

} // namespace

Expected<QString> UsernameValidator::validate(const QString &input)
{
    QString name = input.trimmed();
    if (name.startsWith(u'@'))
        name = name.mid(1).trimmed();
    if (name.isEmpty())
        return Expected<QString>::failure(tr("The TradingView username is empty."));
    if (name.size() > maxLength) {
        return Expected<QString>::failure(
            tr("The TradingView username is longer than %1 characters.").arg(maxLength));
    }
    for (const QChar c : name) {
        if (isUsernameChar(c))
            continue;
        if (c.isSpace()) {
            return Expected<QString>::failure(
                tr("The TradingView username \"%1\" contains a space; usernames are one word.")
                    .arg(name));
        }
        return Expected<QString>::failure(
            tr("The TradingView username \"%1\" contains \"%2\"; only English letters, digits, "
               "underscore (_) and hyphen (-) are allowed.")
                .arg(name, QString(c)));
    }
    return name;
}

} // namespace pinedesk
