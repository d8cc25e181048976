#pragma once

#include "Expected.h"

#include <QCoreApplication>
#include <QString>

namespace pinedesk {

// Script ids that can be shared: "PUB;" followed by 32 letters or digits (new ids are lower-case
// hex, old ones mixed-case). "USER;" ids belong to unpublished scripts and cannot be shared.
class PineIdValidator
{
    Q_DECLARE_TR_FUNCTIONS(PineIdValidator)

public:
    static constexpr int bodyLength = 32;

    // Returns the id with blanks trimmed and the prefix in upper case, or a message.
    static Expected<QString> validate(const QString &input);
};

} // namespace pinedesk
