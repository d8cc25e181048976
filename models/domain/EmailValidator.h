#pragma once

#include "Expected.h"

#include <QCoreApplication>
#include <QString>

namespace pinedesk {

// A forgiving e-mail check: one '@', something on both sides, a dot in the domain, no blanks.
// Empty is allowed (many clients are known only by their TradingView username).
class EmailValidator
{
    Q_DECLARE_TR_FUNCTIONS(EmailValidator)

public:
    static Expected<QString> validate(const QString &input);
};

} // namespace pinedesk
