#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace pinedesk {

// Life of one sync_queue row. Pending and Retry rows are due at next_attempt_at; InFlight rows
// found at start-up were interrupted by a crash and become due again.
enum class QueueState { Pending, InFlight, Retry, Done, Dead, Cancelled };

QString toText(QueueState state);
std::optional<QueueState> queueStateFromText(QStringView text);
bool isOpen(QueueState state);

} // namespace pinedesk
