#pragma once

#include <QtGlobal>

#include <cstdint>
#include <span>

namespace pinedesk {

// A small deterministic generator (SplitMix64). The standard library's distributions differ
// between implementations, so the demo data rolls its own to be identical everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound).
    int below(int bound) { return bound <= 0 ? 0 : int(next() % quint64(bound)); }
    // Uniform in [lo, hi].
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    // True with probability p.
    bool chance(double p) { return double(next() >> 11) * 0x1.0p-53 < p; }

    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }

    template<typename T>
    const T &pick(std::span<const T> items)
    {
        return items[std::size_t(below(int(items.size())))];
    }

private:
    quint64 m_state;
};

} // namespace pinedesk
