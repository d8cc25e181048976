#include "ImportLayout.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

using F = ImportField;

// What identifies a layout and where its fields are. `signature`: every group must have one of
// its names among the headers; `aliases`: per field, the header names to take, best first.
struct Definition
{
    QList<QStringList> signature;
    std::array<QStringList, importFieldCount> aliases;
};

void alias(Definition &d, F field, QStringList names)
{
    d.aliases[std::size_t(field)] = std::move(names);
}

// Column names as the services write them (compared after normalise()).
Definition definition(ImportLayout::Kind kind)
{
    Definition d;
    switch (kind) {
    case ImportLayout::Kind::PineDesk:
        d.signature = {{u"tv_username"_s}, {u"email"_s}, {u"full_name"_s}, {u"status"_s}};
        alias(d, F::Username, {u"tv_username"_s});
        alias(d, F::Email, {u"email"_s});
        alias(d, F::Name, {u"full_name"_s});
        alias(d, F::Status, {u"status"_s});
        alias(d, F::Notes, {u"notes"_s});
        alias(d, F::Tags, {u"tags"_s});
        alias(d, F::CreatedAt, {u"created_at"_s});
        break;
    case ImportLayout::Kind::StripePayments:
        // Payments > Export: id, Created date (UTC), Amount, Currency, Status, Customer ID,
        // Customer Email, ..., and "<key> (metadata)" columns.
        d.signature = {{u"id"_s},
                       {u"amount"_s},
                       {u"currency"_s},
                       {u"created date (utc)"_s, u"created (utc)"_s},
                       {u"customer email"_s, u"customer id"_s}};
        alias(d, F::Email, {u"customer email"_s});
        alias(d, F::Name, {u"customer name"_s, u"card name"_s});
        alias(d, F::Amount, {u"amount"_s});
        alias(d, F::Currency, {u"currency"_s});
        alias(d, F::PaidAt, {u"created date (utc)"_s, u"created (utc)"_s});
        alias(d, F::PaymentReference, {u"id"_s});
        alias(d, F::PaymentStatus, {u"status"_s});
        alias(d, F::Product,
              {u"price_id (metadata)"_s, u"product_id (metadata)"_s, u"plan (metadata)"_s});
        break;
    case ImportLayout::Kind::StripeCustomers:
        // Customers > Export: id, Description, Email, Name, Created (UTC), ..., metadata.
        d.signature = {
            {u"id"_s}, {u"email"_s}, {u"created (utc)"_s}, {u"name"_s, u"description"_s}};
        alias(d, F::Email, {u"email"_s});
        alias(d, F::Name, {u"name"_s});
        alias(d, F::Notes, {u"description"_s});
        alias(d, F::CreatedAt, {u"created (utc)"_s});
        break;
    case ImportLayout::Kind::Gumroad:
        // Sales export: Purchase ID, Item Name, Buyer Name, Purchase Email, Buyer Email, Purchase
        // Date, Purchase Time (UTC timezone), Sale Price ($), ..., then one column per custom
        // field; the last line is "Totals".
        d.signature = {{u"purchase id"_s},
                       {u"purchase email"_s, u"buyer email"_s},
                       {u"sale price ($)"_s, u"net total ($)"_s}};
        alias(d, F::Email, {u"purchase email"_s, u"buyer email"_s});
        alias(d, F::Name, {u"buyer name"_s});
        alias(d, F::Amount, {u"sale price ($)"_s});
        // The date and the time of day are two columns.
        alias(d, F::PaidAt, {u"purchase date"_s});
        alias(d, F::PaidTime, {u"purchase time (utc timezone)"_s});
        alias(d, F::PaymentReference, {u"purchase id"_s});
        alias(d, F::PaymentStatus, {u"fully refunded?"_s});
        alias(d, F::Product, {u"product id"_s, u"item name"_s});
        break;
    case ImportLayout::Kind::Whop:
        // Memberships table export: name, e-mail, product, plan, status, total spend, created
        // and canceled dates, custom checkout questions. Whop's own "Username" is not the
        // TradingView one, so only a TradingView-named question fills the username.
        d.signature = {{u"email"_s, u"user email"_s},
                       {u"product"_s, u"product name"_s},
                       {u"plan"_s, u"plan name"_s, u"plan id"_s},
                       {u"status"_s, u"membership status"_s}};
        alias(d, F::Email, {u"email"_s, u"user email"_s});
        alias(d, F::Name, {u"name"_s, u"user name"_s, u"full name"_s});
        alias(d, F::Status, {u"status"_s, u"membership status"_s});
        alias(d, F::CreatedAt,
              {u"created at"_s, u"membership created at"_s, u"joined at"_s, u"created"_s,
               u"date joined"_s});
        break;
    case ImportLayout::Kind::Patreon:
        // Relationship manager > Export CSV: Name, Email, Discord, Patron Status, ..., Lifetime
        // Amount, Pledge Amount, Tier, ..., Patronage Since Date, ..., User ID, Currency.
        d.signature = {
            {u"patron status"_s}, {u"email"_s}, {u"pledge amount"_s, u"lifetime amount"_s}};
        alias(d, F::Email, {u"email"_s});
        alias(d, F::Name, {u"name"_s});
        alias(d, F::Status, {u"patron status"_s});
        alias(d, F::Tags, {u"tier"_s});
        alias(d, F::Notes, {u"additional details"_s, u"note"_s});
        alias(d, F::CreatedAt, {u"patronage since date"_s});
        break;
    case ImportLayout::Kind::Manual:
        // Common names, so a hand-made sheet maps itself as far as it can.
        alias(d, F::Username, {u"username"_s, u"tv username"_s, u"user"_s, u"handle"_s});
        alias(d, F::Email,
              {u"email"_s, u"e-mail"_s, u"email address"_s, u"e-mail address"_s, u"mail"_s,
               u"customer email"_s, u"correo"_s});
        alias(d, F::Name,
              {u"name"_s, u"full name"_s, u"full_name"_s, u"customer name"_s, u"client"_s,
               u"nombre"_s});
        alias(d, F::Status, {u"status"_s, u"client status"_s, u"estado"_s});
        alias(d, F::Notes, {u"notes"_s, u"note"_s, u"comment"_s, u"comments"_s, u"notas"_s});
        alias(d, F::Tags, {u"tags"_s, u"tag"_s, u"labels"_s, u"etiquetas"_s});
        alias(d, F::CreatedAt,
              {u"created"_s, u"created at"_s, u"created_at"_s, u"client since"_s, u"signup date"_s,
               u"joined"_s});
        alias(d, F::Amount,
              {u"amount"_s, u"payment amount"_s, u"price"_s, u"paid"_s, u"importe"_s});
        alias(d, F::Currency, {u"currency"_s, u"moneda"_s});
        alias(d, F::PaidAt, {u"paid at"_s, u"paid_at"_s, u"payment date"_s, u"date paid"_s});
        alias(d, F::PaymentReference,
              {u"reference"_s, u"payment reference"_s, u"payment id"_s, u"transaction id"_s,
               u"order id"_s, u"invoice"_s});
        alias(d, F::PaymentStatus, {u"payment status"_s});
        alias(d, F::Product, {u"plan"_s, u"product"_s, u"plan name"_s, u"product id"_s});
        break;
    }
    return d;
}

int indexOf(const QStringList &normalised, const QStringList &names)
{
    for (const QString &name : names) {
        const qsizetype i = normalised.indexOf(name);
        if (i >= 0)
            return int(i);
    }
    return -1;
}

QStringList normaliseAll(const QStringList &header)
{
    QStringList out;
    out.reserve(header.size());
    for (const QString &h : header)
        out.append(ImportLayout::normalise(h));
    return out;
}

} // namespace

QString ImportLayout::id() const
{
    switch (m_kind) {
    case Kind::Manual:
        return u"manual"_s;
    case Kind::PineDesk:
        return u"pinedesk"_s;
    case Kind::StripeCustomers:
        return u"stripe_customers"_s;
    case Kind::StripePayments:
        return u"stripe_payments"_s;
    case Kind::Gumroad:
        return u"gumroad"_s;
    case Kind::Whop:
        return u"whop"_s;
    case Kind::Patreon:
        return u"patreon"_s;
    }
    return {};
}

QString ImportLayout::provider() const
{
    switch (m_kind) {
    case Kind::StripeCustomers:
    case Kind::StripePayments:
        return u"stripe"_s;
    case Kind::Gumroad:
    case Kind::Whop:
    case Kind::Patreon:
        return id();
    case Kind::Manual:
    case Kind::PineDesk:
        break;
    }
    return {};
}

QString ImportLayout::name() const
{
    switch (m_kind) {
    case Kind::Manual:
        return tr("Manual");
    case Kind::PineDesk:
        return tr("PineDesk client export");
    case Kind::StripeCustomers:
        return tr("Stripe customers export");
    case Kind::StripePayments:
        return tr("Stripe payments export");
    case Kind::Gumroad:
        return tr("Gumroad sales export");
    case Kind::Whop:
        return tr("Whop memberships export");
    case Kind::Patreon:
        return tr("Patreon members export");
    }
    return {};
}

QString ImportLayout::defaultCurrency() const
{
    return m_kind == Kind::Gumroad ? u"USD"_s : QString();
}

bool ImportLayout::isSummaryRow(const QStringList &fields) const
{
    return m_kind == Kind::Gumroad && !fields.isEmpty() && fields.first().trimmed() == u"Totals"_s;
}

bool ImportLayout::matches(const QStringList &header) const
{
    if (m_kind == Kind::Manual)
        return true;
    const QStringList normalised = normaliseAll(header);
    for (const QStringList &group : definition(m_kind).signature) {
        if (indexOf(normalised, group) < 0)
            return false;
    }
    return true;
}

ColumnMapping ImportLayout::mappingFor(const QStringList &header) const
{
    const QStringList normalised = normaliseAll(header);
    const Definition d = definition(m_kind);
    ColumnMapping mapping;
    for (ImportField field : allImportFields)
        mapping.set(field, indexOf(normalised, d.aliases[std::size_t(field)]));
    if (!mapping.has(ImportField::Username)) {
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (isUsernameHeader(header[i])) {
                mapping.set(ImportField::Username, int(i));
                break;
            }
        }
    }
    mapping.defaultCurrency = defaultCurrency();
    return mapping;
}

QList<ImportLayout> ImportLayout::known()
{
    // Stripe payments before customers: a payments export also has an e-mail column.
    return {ImportLayout(Kind::PineDesk),        ImportLayout(Kind::StripePayments),
            ImportLayout(Kind::StripeCustomers), ImportLayout(Kind::Gumroad),
            ImportLayout(Kind::Patreon),         ImportLayout(Kind::Whop)};
}

ImportLayout ImportLayout::recognise(const QStringList &header)
{
    for (const ImportLayout &layout : known()) {
        if (layout.matches(header))
            return layout;
    }
    return ImportLayout(Kind::Manual);
}

std::optional<ImportLayout> ImportLayout::byId(const QString &id)
{
    if (id == ImportLayout(Kind::Manual).id())
        return ImportLayout(Kind::Manual);
    for (const ImportLayout &layout : known()) {
        if (layout.id() == id)
            return layout;
    }
    return std::nullopt;
}

QString ImportLayout::normalise(const QString &header)
{
    QString h = header;
    h.remove(QChar(0xFEFF));
    return h.simplified().toLower();
}

bool ImportLayout::isUsernameHeader(const QString &header)
{
    QString h = normalise(header);
    // Stripe writes metadata as "key (metadata)"; other tools as metadata[key] or metadata.key.
    h.remove(u"(metadata)"_s);
    if (h.startsWith(u"metadata["_s) || h.startsWith(u"metadata."_s))
        h = h.mid(9);
    QString key;
    for (const QChar c : h) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            key += c;
    }
    if (key.contains(u"mail"_s) || key.contains(u"password"_s))
        return false;
    if (key.contains(u"tradingview"_s))
        return true;
    static const QStringList shortForms = {u"tv"_s,        u"tvuser"_s,   u"tvusername"_s,
                                           u"tvname"_s,    u"tvhandle"_s, u"tvid"_s,
                                           u"tvaccount"_s, u"tvnick"_s};
    return shortForms.contains(key);
}

} // namespace pinedesk
