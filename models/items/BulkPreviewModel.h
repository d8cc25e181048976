#pragma once

#include "bulk/BulkPreview.h"

#include <QAbstractTableModel>

namespace pinedesk {

// Step 4 of the bulk wizard: each user with the planned change, indicator by indicator, and
// what to look at (lifetime access, new client, no e-mail). Sorting on raw values (SortRole);
// FilterRole holds words for the page's filter ("change", "nochange", "grant", "extend",
// "revoke", "lifetime", "new", "noemail").
class BulkPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Username, Client, Change, Notes, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, FilterRole };

    explicit BulkPreviewModel(QObject *parent = nullptr);

    void setUsers(const QList<BulkPreview::User> &users);
    const BulkPreview::User &user(int row) const { return m_users.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString notes(const BulkPreview::User &user);

private:
    QList<BulkPreview::User> m_users;
};

} // namespace pinedesk
