#include "EmailValidator.h"

namespace pinedesk {

Expected<QString> EmailValidator::validate(const QString &input)
{
    const QString email = input.trimmed();
    if (email.isEmpty())
        return email;
    const qsizetype at = email.indexOf(u'@');
    const bool oneAt = at > 0 && email.indexOf(u'@', at + 1) < 0;
    const QString domain = oneAt ? email.mid(at + 1) : QString();
    bool blanks = false;
    for (const QChar c : email)
        blanks = blanks || c.isSpace();
    if (!oneAt || blanks || !domain.contains(u'.') || domain.startsWith(u'.') ||
        domain.endsWith(u'.')) {
        return Expected<QString>::failure(
            tr("\"%1\" is not an e-mail address (expected something like name@example.com).")
                .arg(email));
    }
    return email;
}

} // namespace pinedesk
