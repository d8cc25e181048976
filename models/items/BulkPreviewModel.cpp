#include "BulkPreviewModel.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

using Kind = BulkPreview::Kind;

QString changeText(const BulkPreview::User &u)
{
    QStringList parts;
    for (const BulkPreview::Change &c : u.changes)
        parts.append(BulkPreview::describe(c));
    return parts.join(u"; "_s);
}

// Revokes first, then extensions, grants, nothing: the riskier changes sort together.
int changeRank(const BulkPreview::User &u)
{
    if (u.count(Kind::Revoke) > 0)
        return 0;
    if (u.count(Kind::Extend) > 0)
        return 1;
    if (u.count(Kind::Grant) > 0)
        return 2;
    return 3;
}

} // namespace

BulkPreviewModel::BulkPreviewModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{}

QString BulkPreviewModel::notes(const BulkPreview::User &u)
{
    QStringList parts;
    if (u.holdsLifetime())
        parts.append(tr("Lifetime"));
    if (u.isNewClient() && u.hasChanges())
        parts.append(tr("New client"));
    if (u.email.isEmpty() && u.hasChanges())
        parts.append(tr("No e-mail"));
    return parts.join(u", "_s);
}

QVariant BulkPreviewModel::data(const QModelIndex &index, int role) const
{
    const BulkPreview::User *found = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!found)
        return {};
    const BulkPreview::User &u = *found;
    if (role == FilterRole) {
        QStringList words{u.hasChanges() ? u"change"_s : u"nochange"_s};
        if (u.count(Kind::Grant) > 0)
            words.append(u"grant"_s);
        if (u.count(Kind::Extend) > 0)
            words.append(u"extend"_s);
        if (u.count(Kind::Revoke) > 0)
            words.append(u"revoke"_s);
        if (u.holdsLifetime())
            words.append(u"lifetime"_s);
        if (u.isNewClient())
            words.append(u"new"_s);
        if (u.email.isEmpty())
            words.append(u"noemail"_s);
        return words.join(u' ');
    }
    switch (index.column()) {
    case Username:
        if (role == Qt::DisplayRole)
            return u.username;
        if (role == SortRole)
            return u.username.toLower();
        break;
    case Client:
        if (role == Qt::DisplayRole)
            return u.isNewClient() ? tr("New client")
                                   : (u.clientName.isEmpty() ? u.email : u.clientName);
        if (role == SortRole)
            return u.isNewClient() ? QString() : u.clientName.toLower();
        break;
    case Change:
        if (role == Qt::DisplayRole)
            return changeText(u);
        if (role == Qt::ToolTipRole)
            return changeText(u).replace(u"; "_s, u"\n"_s);
        if (role == SortRole) // then in the order given
            return qint64(changeRank(u)) * 10000000 + index.row();
        break;
    case Notes:
        if (role == Qt::DisplayRole || role == SortRole)
            return notes(u);
        break;
    default:
        break;
    }
    return {};
}

QString BulkPreviewModel::columnTitle(int column) const
{
    switch (column) {
    case Username:
        return tr("Username");
    case Client:
        return tr("Client");
    case Change:
        return tr("Planned change");
    case Notes:
        return tr("Look at");
    default:
        return {};
    }
}

} // namespace pinedesk
