#pragma once

#include "BulkCheckEntry.h"
#include "RowTableModel.h"

#include <QList>

namespace pinedesk {

// Step 3 of the bulk wizard: each username with TradingView's answer (canonical spelling, not
// found, error), whether it is a client and what it holds now. A username that was not found
// can be corrected in place (usernameEdited), which checks the new spelling. Sorting is done on
// raw values (SortRole); FilterRole holds words for the page's filter ("valid", "notfound",
// "error", "new", "access", "lifetime").
class BulkCheckModel final : public RowTableModel<BulkCheckEntry>
{
    Q_OBJECT

public:
    enum Column { Username, TradingView, Client, Access, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, FilterRole, OutcomeRole };

    using Entry = BulkCheckEntry;

    explicit BulkCheckModel(QObject *parent = nullptr);

    void setEntries(const QList<Entry> &entries) { setRows(entries); }
    void setCheck(int row, const UsernameCheck::Result &check);
    void setHolding(int row, bool isClient, const QString &clientName, const QString &access,
                    bool lifetime);
    const Entry &entry(int row) const { return rows().at(row); }
    const QList<Entry> &entries() const { return rows(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString outcomeText(const Entry &entry);

Q_SIGNALS:
    // The vendor typed another spelling for a username that was not found.
    void usernameEdited(int row, const QString &username);

protected:
    QString columnTitle(int column) const override;
};

} // namespace pinedesk
