#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace pinedesk {

// One e-mail in the outbox: written whole when it is queued (what was previewed is what is
// sent), then sent, retried with backoff, or given up with the reason.
struct OutgoingEmail
{
    enum class State { Pending, Retry, Sent, Dead, Cancelled };

    qint64 id = 0;
    QString dedupKey; // never queued twice (an access and threshold, a test...)
    std::optional<qint64> clientId;
    QString kind; // EmailTemplate::toText
    QString to;
    QString subject;
    QString body;
    QString messageId; // <...@host>, the same on every attempt
    State state = State::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime createdAt;
    std::optional<QDateTime> sentAt;

    static QString toText(State state);
    static State stateFromText(const QString &text);
};

} // namespace pinedesk
