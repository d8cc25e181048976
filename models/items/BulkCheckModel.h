#pragma once

#include "bulk/UsernameCheck.h"

#include <QAbstractTableModel>
#include <QList>

namespace pinedesk {

// Step 3 of the bulk wizard: each username with TradingView's answer (canonical spelling, not
// found, error), whether it is a client and what it holds now. A username that was not found
// can be corrected in place (usernameEdited), which checks the new spelling. Sorting is done on
// raw values (SortRole); FilterRole holds words for the page's filter ("valid", "notfound",
// "error", "new", "access", "lifetime").
class BulkCheckModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Username, TradingView, Client, Access, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, FilterRole, OutcomeRole };

    struct Entry
    {
        UsernameCheck::Result check;
        bool checked = true; // false: no connection, the username goes ahead unchecked
        bool isClient = false;
        QString clientName;
        QString access; // "Alpha until 2 Dec 2026", empty when nothing runs
        bool lifetime = false;
    };

    explicit BulkCheckModel(QObject *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    void setCheck(int row, const UsernameCheck::Result &check);
    void setHolding(int row, bool isClient, const QString &clientName, const QString &access,
                    bool lifetime);
    const Entry &entry(int row) const { return m_entries.at(row); }
    const QList<Entry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString outcomeText(const Entry &entry);

Q_SIGNALS:
    // The vendor typed another spelling for a username that was not found.
    void usernameEdited(int row, const QString &username);

private:
    QList<Entry> m_entries;
};

} // namespace pinedesk
