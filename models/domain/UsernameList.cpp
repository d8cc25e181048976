#include "UsernameList.h"

#include "UsernameValidator.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

UsernameList UsernameList::parse(const QString &text)
{
    UsernameList list;
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    QSet<QString> seen;
    for (const QString &entry : text.split(separators, Qt::SkipEmptyParts)) {
        if (entry == u"@"_s)
            continue;
        const auto name = UsernameValidator::validate(entry);
        if (!name) {
            list.rejected.append(entry + u": "_s + name.error().message());
            continue;
        }
        const QString key = UsernameValidator::key(*name);
        if (seen.contains(key)) {
            ++list.duplicates;
            continue;
        }
        seen.insert(key);
        list.usernames.append(*name);
    }
    return list;
}

} // namespace pinedesk
