#pragma once

#include "domain/Expected.h"

#include <QCoreApplication>
#include <QDate>

#include <atomic>

namespace pinedesk {

class Database;
class ReportDocument;

// The expiry agenda for a range of days on paper: for each day with endings, the time, the
// client, the username, the indicator and where the sync stands; with the day's count and the
// total. Lifetime and revoked accesses never expire, so they are not in it.
class ExpiryAgendaPdf
{
    Q_DECLARE_TR_FUNCTIONS(ExpiryAgendaPdf)

public:
    static QString title();
    static QString suggestedFileName(QDate from, QDate to);
    // Days are the vendor's local days, `to` included.
    static Status build(ReportDocument &document, Database &database, QDate from, QDate to,
                        const std::atomic<bool> &cancel);
};

} // namespace pinedesk
