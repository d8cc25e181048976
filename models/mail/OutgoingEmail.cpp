#include "OutgoingEmail.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

QString OutgoingEmail::toText(State state)
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
    case State::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

OutgoingEmail::State OutgoingEmail::stateFromText(const QString &text)
{
    for (State s : {State::Pending, State::Retry, State::Sent, State::Dead, State::Cancelled}) {
        if (toText(s) == text)
            return s;
    }
    return State::Dead;
}

} // namespace pinedesk
