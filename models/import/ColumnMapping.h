#pragma once

#include "ImportField.h"

#include <QStringList>

#include <array>

namespace pinedesk {

// Which source column feeds each import field (-1: none), plus the currency to assume when a
// payment has none (exports in one currency, like Gumroad's in US dollars, have no column).
class ColumnMapping
{
public:
    ColumnMapping() { m_columns.fill(-1); }

    int column(ImportField field) const { return m_columns[std::size_t(field)]; }
    void set(ImportField field, int column)
    {
        m_columns[std::size_t(field)] = column < 0 ? -1 : column;
    }
    bool has(ImportField field) const { return column(field) >= 0; }
    // The trimmed cell of `fields` for `field`; empty when unmapped or the line is short.
    QString value(ImportField field, const QStringList &fields) const;
    // Enough to import anything: a username or an e-mail column.
    bool identifiesClients() const { return has(ImportField::Username) || has(ImportField::Email); }
    // Payments can be imported: an amount column is mapped.
    bool mapsPayments() const { return has(ImportField::Amount); }
    // The highest mapped column, -1 when nothing is mapped.
    int lastColumn() const;

    QString defaultCurrency;

    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;

private:
    std::array<int, importFieldCount> m_columns{};
};

} // namespace pinedesk
