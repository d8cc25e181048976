#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace pinedesk {

// Where a payment stands: only a paid one counts as revenue and gives access.
enum class PaymentStatus { Paid, Refunded, PartiallyRefunded, Disputed, Failed };

QString toText(PaymentStatus status);
std::optional<PaymentStatus> paymentStatusFromText(QStringView text);

class PaymentStatusNames
{
    Q_DECLARE_TR_FUNCTIONS(PaymentStatusNames)

public:
    static QString displayName(PaymentStatus status);
};

} // namespace pinedesk
