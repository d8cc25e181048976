#pragma once

#include "ExpiryAlertStore.h"

namespace pinedesk {

// Which accesses a client was told about, beyond the reminders: "live on TradingView" (a new
// grant or a longer one, once TradingView has it) and "ended". Each once per access and end.
class AccessNoticeStore
{
public:
    enum class Kind { Granted, Ended };
    using Candidate = ExpiryAlertStore::Candidate;

    explicit AccessNoticeStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    // Granted accesses TradingView confirmed since `since` (synced after their last change)
    // and still running, not told yet for this end.
    [[nodiscard]] Expected<QList<Candidate>> confirmedSince(const QDateTime &since);
    // Granted accesses whose end passed in (from, now], not told yet.
    [[nodiscard]] Expected<QList<Candidate>> endedSince(const QDateTime &from);
    Status record(qint64 accessId, Kind kind, const QDateTime &expiresAt);
    // A client new to the vendor: every access of theirs began on or after `since`, and none
    // was ever announced as live. Such a client is welcomed rather than told "access is live".
    [[nodiscard]] Expected<bool> isNewClient(qint64 clientId, const QDateTime &since);

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
