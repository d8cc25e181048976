#pragma once

#include "ColumnMapping.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace pinedesk {

// A known export whose columns PineDesk maps by itself, recognised from the header row: Stripe's
// customers and payments exports, Gumroad sales, Whop memberships, Patreon members and
// PineDesk's own client export. Anything else is "Manual": columns are guessed from common
// names and the vendor confirms or corrects them. In every layout a custom field named like
// "TradingView username" (Stripe metadata, a Gumroad or Whop checkout question) is the username.
class ImportLayout
{
    Q_DECLARE_TR_FUNCTIONS(ImportLayout)

public:
    enum class Kind { Manual, PineDesk, StripeCustomers, StripePayments, Gumroad, Whop, Patreon };

    ImportLayout() = default;
    explicit ImportLayout(Kind kind)
        : m_kind(kind)
    {}

    Kind kind() const { return m_kind; }
    bool isManual() const { return m_kind == Kind::Manual; }
    // "stripe_payments", "gumroad", ...: also the `source` of the payments it imports.
    QString id() const;
    // The payment provider whose product ids the export carries ("stripe", "gumroad"...), as
    // product mappings name it; empty for layouts of no provider.
    QString provider() const;
    // "Stripe payments export", ... (translated).
    QString name() const;
    // The currency of exports that have no currency column (Gumroad: USD), else empty.
    QString defaultCurrency() const;
    // PineDesk's own export guards formula-like cells with an apostrophe; reading undoes that.
    bool unguardsCells() const { return m_kind == Kind::PineDesk; }
    // A totals line at the end of the export (Gumroad's "Totals" row), not a client.
    bool isSummaryRow(const QStringList &fields) const;

    bool matches(const QStringList &header) const;
    ColumnMapping mappingFor(const QStringList &header) const;

    // Every known layout, most specific first (Manual not included).
    static QList<ImportLayout> known();
    // The first known layout whose columns the header has, else Manual.
    static ImportLayout recognise(const QStringList &header);
    // By id() (including "manual"); nullopt for an unknown id.
    static std::optional<ImportLayout> byId(const QString &id);
    // Whether a column named `header` holds TradingView usernames ("TradingView username",
    // "tradingview_username (metadata)", "TV username", "What is your TradingView username?").
    static bool isUsernameHeader(const QString &header);
    // Lower case, single spaces, trimmed: how headers are compared.
    static QString normalise(const QString &header);

    friend bool operator==(const ImportLayout &, const ImportLayout &) = default;

private:
    Kind m_kind = Kind::Manual;
};

} // namespace pinedesk
