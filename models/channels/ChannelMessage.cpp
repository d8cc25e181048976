#include "ChannelMessage.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

QString ChannelMessage::toText(State state)
{
    switch (state) {
    case State::Pending:
        return u"pending"_s;
    case State::Retry:
        return u"retry"_s;
    case State::Sent:
        return u"sent"_s;
    case State::Dead:
        return u"dead"_s;
    }
    return {};
}

ChannelMessage::State ChannelMessage::stateFromText(const QString &text)
{
    for (State s : {State::Pending, State::Retry, State::Sent, State::Dead}) {
        if (toText(s) == text)
            return s;
    }
    return State::Dead; // an unknown state is never sent again
}

} // namespace pinedesk
