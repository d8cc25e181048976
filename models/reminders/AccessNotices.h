#pragma once

#include "domain/Expected.h"
#include "store/StoreContext.h"

#include <QCoreApplication>

namespace pinedesk {

// The clients' other e-mails, when the vendor e-mails clients: "your access is live" once
// TradingView confirms a grant or a longer end (a renewal says the new date), a welcome instead
// for a client new to the vendor (their first access), and "your access has ended" once its
// last day has passed without a renewal. Each once per access and end, one
// e-mail per client and kind, in the client's language; only what happened in the last two days
// (so turning e-mails on does not write to every client about the past).
class AccessNotices
{
    Q_DECLARE_TR_FUNCTIONS(AccessNotices)

public:
    struct Result
    {
        int granted = 0; // e-mails queued
        int welcomed = 0;
        int ended = 0;
    };
    static constexpr int lookBackDays = 2;

    explicit AccessNotices(StoreContext context);

    [[nodiscard]] Expected<Result> run();

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
