#include "QueueState.h"

#include "EnumText.h"

namespace pinedesk {

namespace {

constexpr EnumText<QueueState> queueStates[] = {
    {QueueState::Pending, u"pending"}, {QueueState::InFlight, u"in_flight"},
    {QueueState::Retry, u"retry"},     {QueueState::Done, u"done"},
    {QueueState::Dead, u"dead"},       {QueueState::Cancelled, u"cancelled"}};

} // namespace

QString toText(QueueState state)
{
    return enumToText(queueStates, state);
}

std::optional<QueueState> queueStateFromText(QStringView text)
{
    return enumFromText(queueStates, text);
}

bool isOpen(QueueState state)
{
    return state == QueueState::Pending || state == QueueState::InFlight ||
           state == QueueState::Retry;
}

} // namespace pinedesk
