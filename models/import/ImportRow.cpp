#include "ImportRow.h"

#include "ImportValues.h"
#include "csv/CsvWriter.h"
#include "domain/EmailValidator.h"
#include "domain/Money.h"
#include "domain/UsernameValidator.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

using F = ImportField;

// A payment without a reference column is known by who paid how much when, so importing the
// same file twice still records it once.
QString derivedReference(const Client &c, const Payment &p)
{
    const QString key = QStringList{c.tvUsername.toLower(), c.email.toLower(),
                                    QString::number(p.amount.minorUnits()), p.amount.currency(),
                                    p.paidAt.toUTC().toString(Qt::ISODate)}
                            .join(u'|');
    return u"line:"_s +
           QString::fromLatin1(
               QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
}

} // namespace

Expected<ImportRow> ImportRow::read(const QStringList &rawFields, const Options &options)
{
    using R = Expected<ImportRow>;
    const ColumnMapping &m = options.mapping;
    QStringList fields = rawFields;
    if (options.unguardCells) {
        for (QString &f : fields)
            f = CsvWriter::unguard(f);
    }
    if (options.headerSize > 0 && fields.size() > options.headerSize) {
        bool extra = false;
        for (qsizetype i = options.headerSize; i < fields.size(); ++i)
            extra = extra || !fields[i].trimmed().isEmpty();
        if (extra) {
            return R::failure(tr("The line has %1 fields but the header has %2; a value probably "
                                 "contains the delimiter without quotes.")
                                  .arg(fields.size())
                                  .arg(options.headerSize));
        }
    }

    ImportRow row;
    Client &c = row.client;
    const QString username = ImportValues::username(m.value(F::Username, fields));
    if (!username.isEmpty()) {
        const auto valid = UsernameValidator::validate(username);
        if (!valid)
            return R::failure(valid.error());
        c.tvUsername = *valid;
    }
    const auto email = EmailValidator::validate(m.value(F::Email, fields));
    if (!email)
        return R::failure(email.error());
    c.email = *email;
    if (c.tvUsername.isEmpty() && c.email.isEmpty())
        return R::failure(tr("The line has neither a TradingView username nor an e-mail address."));
    c.fullName = m.value(F::Name, fields).simplified();
    row.hasName = !c.fullName.isEmpty();
    c.notes = m.value(F::Notes, fields);
    c.tags = ImportValues::tags(m.value(F::Tags, fields));
    if (const QString status = m.value(F::Status, fields); !status.isEmpty()) {
        const auto parsed = ImportValues::status(status);
        if (!parsed)
            return R::failure(parsed.error());
        c.status = *parsed;
        row.hasStatus = true;
    }
    if (const QString created = m.value(F::CreatedAt, fields); !created.isEmpty()) {
        const auto when = ImportValues::dateTime(created);
        if (!when)
            return R::failure(when.error());
        c.createdAt = *when;
    }

    const QString amountText = m.value(F::Amount, fields);
    if (!options.payments || amountText.isEmpty())
        return row;
    QString number;
    QString currency;
    ImportValues::splitAmount(amountText, number, currency);
    if (const QString column = m.value(F::Currency, fields); !column.isEmpty())
        currency = column;
    if (currency.isEmpty())
        currency = m.defaultCurrency;
    if (currency.isEmpty())
        return R::failure(tr("The payment has no currency; map a currency column."));
    const auto amount = Money::parse(number, currency);
    if (!amount)
        return R::failure(amount.error());
    if (amount->minorUnits() == 0)
        return row; // a free order is not a payment
    if (ImportValues::paymentFailed(m.value(F::PaymentStatus, fields))) {
        row.paymentRefused = true;
        return row;
    }
    const QString paidText = m.value(F::PaidAt, fields);
    if (paidText.isEmpty())
        return R::failure(tr("The payment has no date; map the column with the payment date."));
    const auto paidAt = ImportValues::dateTime(paidText, m.value(F::PaidTime, fields));
    if (!paidAt)
        return R::failure(paidAt.error());
    Payment p;
    p.amount = *amount;
    p.paidAt = *paidAt;
    p.source = options.source;
    // Refunded and disputed payments are kept with their status: they are part of the history,
    // and revenue leaves them out.
    if (const auto status = ImportValues::paymentStatus(m.value(F::PaymentStatus, fields))) {
        p.status = *status;
        if (*status == PaymentStatus::Refunded)
            p.refundedMinor = p.amount.minorUnits();
    }
    p.productRef = m.value(F::Product, fields).trimmed();
    p.reference = m.value(F::PaymentReference, fields);
    if (p.reference.isEmpty())
        p.reference = derivedReference(c, p);
    row.payment = p;
    return row;
}

} // namespace pinedesk
