#include "PaymentStatus.h"

#include "EnumText.h"

namespace pinedesk {

namespace {

constexpr EnumText<PaymentStatus> paymentStatuses[] = {
    {PaymentStatus::Paid, u"paid"},
    {PaymentStatus::Refunded, u"refunded"},
    {PaymentStatus::PartiallyRefunded, u"partially_refunded"},
    {PaymentStatus::Disputed, u"disputed"},
    {PaymentStatus::Failed, u"failed"}};

} // namespace

QString toText(PaymentStatus status)
{
    return enumToText(paymentStatuses, status);
}

std::optional<PaymentStatus> paymentStatusFromText(QStringView text)
{
    return enumFromText(paymentStatuses, text);
}

QString PaymentStatusNames::displayName(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Paid:
        return tr("Paid");
    case PaymentStatus::Refunded:
        return tr("Refunded");
    case PaymentStatus::PartiallyRefunded:
        return tr("Partially refunded");
    case PaymentStatus::Disputed:
        return tr("Disputed");
    case PaymentStatus::Failed:
        return tr("Failed");
    }
    return {};
}

} // namespace pinedesk
