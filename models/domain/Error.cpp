#include "Error.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::InvalidInput:
        return u"invalid-input"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::Conflict:
        return u"conflict"_s;
    case Kind::Busy:
        return u"busy"_s;
    case Kind::Permission:
        return u"permission"_s;
    case Kind::Corrupt:
        return u"corrupt"_s;
    case Kind::Io:
        return u"io"_s;
    case Kind::Unavailable:
        return u"unavailable"_s;
    }
    return u"unknown"_s;
}

} // namespace pinedesk
