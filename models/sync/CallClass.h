#pragma once

namespace pinedesk {

// TradingView throttles kinds of calls separately; each gets its own pace.
enum class CallClass { Write, Remove, Lookup };

inline constexpr CallClass allCallClasses[] = {CallClass::Write, CallClass::Remove,
                                               CallClass::Lookup};

} // namespace pinedesk
