#pragma once

#include "SmtpClient.h"
#include "domain/Expected.h"
#include "store/StoreContext.h"

#include <QCoreApplication>

#include <atomic>
#include <chrono>

namespace pinedesk {

// Sends what the e-mail outbox holds, at the vendor's pace: a sent e-mail is marked at once; a
// failure is retried later with backoff (1 min, 5 min, 30 min, 2 h, 6 h), then dead with its
// reason; a refusal for good (5xx) is dead at once; when the server cannot be reached nothing
// more is tried in this run. Blocking: a worker or a command runs it.
class MailDrain
{
    Q_DECLARE_TR_FUNCTIONS(MailDrain)

public:
    struct Result
    {
        int sent = 0;
        int retried = 0;
        int dead = 0;
        QString stoppedBecause; // the server was down; empty otherwise
    };
    static constexpr int maxAttempts = 6;

    MailDrain(StoreContext context, const SmtpClient &client, int perMinute);

    // Sends at most `max` due e-mails. A failed database read or write is an error.
    [[nodiscard]] Expected<Result> run(int max, const std::atomic<bool> *cancel = nullptr);

    static std::chrono::seconds backoff(int attemptsSoFar);

private:
    StoreContext m_ctx;
    const SmtpClient &m_client;
    int m_perMinute;
};

} // namespace pinedesk
