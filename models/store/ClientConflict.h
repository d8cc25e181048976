#pragma once

#include "StoreContext.h"
#include "domain/Client.h"
#include "domain/Error.h"

#include <QCoreApplication>

namespace pinedesk {

// What the vendor is told when a client they edited was saved by someone else meanwhile
// (another window, another member of the team): who saved it and when, and how the saved
// version differs from theirs. Nothing of theirs was written.
class ClientConflict
{
    Q_DECLARE_TR_FUNCTIONS(ClientConflict)

public:
    static Error describe(StoreContext context, const Client &saved, const Client &mine);
    static QString fieldName(const QString &field);
};

} // namespace pinedesk
