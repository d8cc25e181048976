#include "ImportField.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

QString ImportFieldNames::displayName(ImportField field)
{
    switch (field) {
    case ImportField::Username:
        return tr("TradingView username");
    case ImportField::Email:
        return tr("E-mail");
    case ImportField::Name:
        return tr("Name");
    case ImportField::Status:
        return tr("Status");
    case ImportField::Notes:
        return tr("Notes");
    case ImportField::Tags:
        return tr("Tags");
    case ImportField::CreatedAt:
        return tr("Client since");
    case ImportField::Amount:
        return tr("Payment amount");
    case ImportField::Currency:
        return tr("Currency");
    case ImportField::PaidAt:
        return tr("Paid at");
    case ImportField::PaidTime:
        return tr("Time paid (UTC)");
    case ImportField::PaymentReference:
        return tr("Payment reference");
    case ImportField::PaymentStatus:
        return tr("Payment status");
    case ImportField::Product:
        return tr("Product or plan");
    }
    return {};
}

QString ImportFieldNames::key(ImportField field)
{
    switch (field) {
    case ImportField::Username:
        return u"username"_s;
    case ImportField::Email:
        return u"email"_s;
    case ImportField::Name:
        return u"name"_s;
    case ImportField::Status:
        return u"status"_s;
    case ImportField::Notes:
        return u"notes"_s;
    case ImportField::Tags:
        return u"tags"_s;
    case ImportField::CreatedAt:
        return u"created_at"_s;
    case ImportField::Amount:
        return u"amount"_s;
    case ImportField::Currency:
        return u"currency"_s;
    case ImportField::PaidAt:
        return u"paid_at"_s;
    case ImportField::PaidTime:
        return u"paid_time"_s;
    case ImportField::PaymentReference:
        return u"reference"_s;
    case ImportField::PaymentStatus:
        return u"payment_status"_s;
    case ImportField::Product:
        return u"product"_s;
    }
    return {};
}

bool ImportFieldNames::isPaymentField(ImportField field)
{
    return field == ImportField::Amount || field == ImportField::Currency ||
           field == ImportField::PaidAt || field == ImportField::PaidTime ||
           field == ImportField::PaymentReference || field == ImportField::PaymentStatus ||
           field == ImportField::Product;
}

} // namespace pinedesk
