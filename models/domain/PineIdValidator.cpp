#include "PineIdValidator.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

Expected<QString> PineIdValidator::validate(const QString &input)
{
    const QString id = input.trimmed();
    const QString expected = tr("A script id looks like PUB; followed by 32 letters or digits "
                                "(copy it from the script's page on TradingView).");
    if (id.isEmpty())
        return Expected<QString>::failure(tr("The script id is empty.") + u' ' + expected);
    if (id.startsWith(u"USER;"_s, Qt::CaseInsensitive)) {
        return Expected<QString>::failure(
            tr("\"%1\" is an unpublished script; publish it as invite-only before sharing it.")
                .arg(id));
    }
    if (!id.startsWith(u"PUB;"_s, Qt::CaseInsensitive))
        return Expected<QString>::failure(tr("\"%1\" is not a script id.").arg(id) + u' ' +
                                          expected);

    const QStringView body = QStringView(id).mid(4);
    if (body.size() != bodyLength) {
        return Expected<QString>::failure(tr("\"%1\" has %2 characters after PUB; but needs %3.")
                                              .arg(id)
                                              .arg(body.size())
                                              .arg(bodyLength));
    }
    for (const QChar c : body) {
        const char16_t u = c.unicode();
        const bool alnum =
            (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (!alnum) {
            return Expected<QString>::failure(
                tr("\"%1\" contains \"%2\"; after PUB; only letters and digits are allowed.")
                    .arg(id, QString(c)));
        }
    }
    return QString(u"PUB;"_s + body.toString());
}

} // namespace pinedesk
