#pragma once

#include "domain/Expected.h"
#include "payments/PaymentRow.h"

#include <QCoreApplication>
#include <QList>

namespace pinedesk {

// The payments a view shows, as CSV (RFC 4180, UTF-8, formulas guarded): one line each, amounts
// as plain decimals next to their currency.
class PaymentCsv
{
    Q_DECLARE_TR_FUNCTIONS(PaymentCsv)

public:
    // The number of payments written; the file is replaced only when all of it was written.
    static Expected<qint64> write(const QList<PaymentRow> &rows, const QString &path);
};

} // namespace pinedesk
