#pragma once

#include "RowTableModel.h"
#include "bulk/BulkPreview.h"

namespace pinedesk {

// Step 4 of the bulk wizard: each user with the planned change, indicator by indicator, and
// what to look at (lifetime access, new client, no e-mail). Sorting on raw values (SortRole);
// FilterRole holds words for the page's filter ("change", "nochange", "grant", "extend",
// "revoke", "lifetime", "new", "noemail").
class BulkPreviewModel final : public RowTableModel<BulkPreview::User>
{
    Q_OBJECT

public:
    enum Column { Username, Client, Change, Notes, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, FilterRole };

    explicit BulkPreviewModel(QObject *parent = nullptr);

    void setUsers(const QList<BulkPreview::User> &users) { setRows(users); }
    const BulkPreview::User &user(int row) const { return rows().at(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString notes(const BulkPreview::User &user);

protected:
    QString columnTitle(int column) const override;
};

} // namespace pinedesk
