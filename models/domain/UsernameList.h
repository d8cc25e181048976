#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pinedesk {

// A pasted list of TradingView usernames: any separators (commas, semicolons, blanks, new
// lines), '@' prefixes and empty entries dropped, duplicates merged ignoring case, and what is
// not a username reported with the reason.
struct UsernameList
{
    Q_DECLARE_TR_FUNCTIONS(UsernameList)

public:
    QStringList usernames;
    QStringList rejected; // "entry: reason"
    int duplicates = 0;

    static UsernameList parse(const QString &text);
};

} // namespace pinedesk
