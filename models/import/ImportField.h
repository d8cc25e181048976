#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>

namespace pinedesk {

// What a CSV column can be imported as: a client's fields, and the fields of a payment.
enum class ImportField {
    Username,
    Email,
    Name,
    Status,
    Notes,
    Tags,
    CreatedAt,
    Amount,
    Currency,
    PaidAt,
    PaidTime, // the time of day when an export keeps it apart from the date (Gumroad), UTC
    PaymentReference,
    PaymentStatus, // "failed", "refunded"... : the client is imported, the payment is not
    Product,       // what was bought: a provider's product id (mapped to a plan) or a plan's name
};

inline constexpr int importFieldCount = int(ImportField::Product) + 1;

inline constexpr std::array<ImportField, importFieldCount> allImportFields = {
    ImportField::Username,      ImportField::Email,    ImportField::Name,
    ImportField::Status,        ImportField::Notes,    ImportField::Tags,
    ImportField::CreatedAt,     ImportField::Amount,   ImportField::Currency,
    ImportField::PaidAt,        ImportField::PaidTime, ImportField::PaymentReference,
    ImportField::PaymentStatus, ImportField::Product};

class ImportFieldNames
{
    Q_DECLARE_TR_FUNCTIONS(ImportFieldNames)

public:
    // "TradingView username", "Payment amount"... for the mapping table.
    static QString displayName(ImportField field);
    // "username", "amount"... for --json and logs.
    static QString key(ImportField field);
    static bool isPaymentField(ImportField field);
};

} // namespace pinedesk
