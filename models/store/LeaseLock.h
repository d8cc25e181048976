#pragma once

#include "domain/Expected.h"

#include <QSqlDatabase>

namespace pinedesk {

// The queue lease's lock on a team database: a session-level PostgreSQL advisory lock. It
// belongs to one connection, so the server frees it the moment that desktop's connection ends
// (closed, crashed, killed, unplugged), on any host, without waiting for a heartbeat to age.
// Used only on PostgreSQL; SQLite has no sessions and keeps the heartbeat row alone.
class LeaseLock
{
public:
    explicit LeaseLock(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Whether this connection holds the lock.
    [[nodiscard]] Expected<bool> heldHere();
    // Takes the lock if nobody holds it; true when this connection holds it afterwards. Never
    // takes it twice, so one free() gives it back.
    [[nodiscard]] Expected<bool> take();
    [[nodiscard]] Status free();

private:
    QSqlDatabase m_db;
};

} // namespace pinedesk
