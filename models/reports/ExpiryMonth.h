#pragma once

#include "domain/Expected.h"
#include "domain/SyncState.h"
#include "store/Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace pinedesk {

// The accesses that end in one calendar month (granted intent with a date; lifetime and revoked
// ones never expire), grouped by local day, for the expiry calendar. load() is a single indexed
// read on the calling thread's own connection, so the GUI runs it on a worker.
class ExpiryMonth
{
public:
    struct Entry
    {
        qint64 accessId = 0;
        QString client; // full name, else e-mail, else the username
        QString tvUsername;
        QString indicator;
        QDateTime expiresAt; // UTC
        SyncState syncState = SyncState::Pending;
    };

    ExpiryMonth() = default;
    ExpiryMonth(int year, int month)
        : m_first(year, month, 1)
    {}

    // Days are local calendar days (the vendor's), so the month's bounds are local midnights.
    static Expected<ExpiryMonth> load(Database &database, int year, int month);

    QDate firstDay() const { return m_first; }
    int year() const { return m_first.year(); }
    int month() const { return m_first.month(); }
    bool contains(QDate day) const
    {
        return m_first.isValid() && day.year() == year() && day.month() == month();
    }
    int countOn(QDate day) const { return int(m_days.value(day).size()); }
    // Soonest first, then by username.
    QList<Entry> entriesOn(QDate day) const { return m_days.value(day); }
    // Days with at least one expiry, and how many.
    QMap<QDate, int> counts() const;
    qint64 total() const;

    // For loaders and tests: files an entry under its local day.
    void add(const Entry &entry);

private:
    QDate m_first;
    QMap<QDate, QList<Entry>> m_days;
};

} // namespace pinedesk
