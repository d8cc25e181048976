#pragma once

#include "domain/Expected.h"
#include "store/StoreContext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

#include <atomic>

namespace pinedesk {

// The expiry calendar as iCalendar (RFC 5545, .ics) for the calendar apps vendors use: either
// one all-day event per day on which accesses end (how many, and who), or one per access. UIDs
// are stable, so importing the file again updates the events instead of doubling them; text is
// escaped and lines are folded at 75 octets with CRLF.
class IcsCalendar
{
    Q_DECLARE_TR_FUNCTIONS(IcsCalendar)

public:
    enum class Grouping { PerDay, PerAccess };

    // Granted accesses whose last day falls in [from, to].
    static Expected<QByteArray> expiries(const StoreContext &context, const QDate &from,
                                         const QDate &to, Grouping grouping,
                                         const std::atomic<bool> *cancel = nullptr);

    static QByteArray escapeText(const QString &text);
    static QByteArray fold(const QByteArray &line);
};

} // namespace pinedesk
