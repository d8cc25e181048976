#include "LeaseLock.h"

#include "Statement.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// The lock's two keys ("Pine", "Leas" in ASCII): a pair, so it never meets the write lock's
// single 64-bit key. pg_locks shows them as classid, objid and objsubid 2.
constexpr int keyHigh = 0x50696e65;
constexpr int keyLow = 0x4c656173;

} // namespace

Expected<bool> LeaseLock::heldHere()
{
    Statement st(m_db, u"SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = "
                       "pg_backend_pid() AND granted AND classid = CAST(:high AS OID) AND objid = "
                       "CAST(:low AS OID) AND objsubid = 2"_s);
    st.bind(u":high"_s, keyHigh).bind(u":low"_s, keyLow);
    const auto found = st.execAndFirst();
    if (!found)
        return Expected<bool>::failure(found.error());
    return *found && st.value(0).toLongLong() > 0;
}

Expected<bool> LeaseLock::take()
{
    const auto held = heldHere();
    if (!held || *held)
        return held;
    Statement st(m_db, u"SELECT pg_try_advisory_lock(CAST(:high AS INTEGER), CAST(:low AS "
                       "INTEGER))"_s);
    st.bind(u":high"_s, keyHigh).bind(u":low"_s, keyLow);
    const auto found = st.execAndFirst();
    if (!found)
        return Expected<bool>::failure(found.error());
    return *found && st.value(0).toBool();
}

Status LeaseLock::free()
{
    const auto held = heldHere();
    if (!held)
        return Status::failure(held.error());
    if (!*held)
        return {};
    Statement st(m_db, u"SELECT pg_advisory_unlock(CAST(:high AS INTEGER), CAST(:low AS "
                       "INTEGER))"_s);
    st.bind(u":high"_s, keyHigh).bind(u":low"_s, keyLow);
    return st.exec();
}

} // namespace pinedesk
