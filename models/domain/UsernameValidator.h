#pragma once

#include "Expected.h"

#include <QCoreApplication>
#include <QString>

namespace pinedesk {

// TradingView usernames: English letters, digits, underscore and hyphen. Matching is
// case-insensitive; the canonical spelling comes from the server, never from this check.
class UsernameValidator
{
    Q_DECLARE_TR_FUNCTIONS(UsernameValidator)

public:
    static constexpr int maxLength = 50;

    // Strips blanks and a leading '@' (as people paste them), then checks the characters.
    // Returns the cleaned username or a message saying what is wrong.
    static Expected<QString> validate(const QString &input);
    // Lower-case key used for case-insensitive comparisons.
    static QString key(const QString &username) { return username.toLower(); }
};

} // namespace pinedesk
