#include "BulkCheckModel.h"

#include "domain/UsernameValidator.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

using Outcome = UsernameCheck::Outcome;

int needRank(Outcome o)
{
    switch (o) {
    case Outcome::Error:
        return 0;
    case Outcome::NotFound:
        return 1;
    case Outcome::Pending:
        return 2;
    case Outcome::Valid:
        return 3;
    }
    return 4;
}

bool editable(const BulkCheckModel::Entry &e)
{
    return e.check.outcome == Outcome::NotFound || e.check.outcome == Outcome::Error;
}

} // namespace

BulkCheckModel::BulkCheckModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{}

void BulkCheckModel::setCheck(int row, const UsernameCheck::Result &check)
{
    updateRow(row, [&check](Entry &e) { e.check = check; });
}

void BulkCheckModel::setHolding(int row, bool isClient, const QString &clientName,
                                const QString &access, bool lifetime)
{
    updateRow(
        row,
        [&](Entry &e) {
            e.isClient = isClient;
            e.clientName = clientName;
            e.access = access;
            e.lifetime = lifetime;
        },
        Client, Access);
}

QString BulkCheckModel::outcomeText(const Entry &e)
{
    if (!e.checked)
        return tr("Not checked");
    switch (e.check.outcome) {
    case Outcome::Pending:
        return tr("Checking…");
    case Outcome::Valid:
        return e.check.canonical == e.check.username ? tr("Valid")
                                                     : tr("Valid: %1").arg(e.check.canonical);
    case Outcome::NotFound:
        return tr("Not found: left out (edit to fix)");
    case Outcome::Error:
        return tr("Error: %1").arg(e.check.message);
    }
    return {};
}

QVariant BulkCheckModel::data(const QModelIndex &index, int role) const
{
    const Entry *found = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!found)
        return {};
    const Entry &e = *found;
    if (role == OutcomeRole)
        return int(e.check.outcome);
    if (role == FilterRole) {
        QStringList words;
        if (!e.checked || e.check.outcome == Outcome::Valid)
            words.append(u"valid"_s);
        if (e.check.outcome == Outcome::NotFound)
            words.append(u"notfound"_s);
        if (e.check.outcome == Outcome::Error)
            words.append(u"error"_s);
        if (!e.isClient)
            words.append(u"new"_s);
        if (!e.access.isEmpty())
            words.append(u"access"_s);
        if (e.lifetime)
            words.append(u"lifetime"_s);
        return words.join(u' ');
    }
    switch (index.column()) {
    case Username:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return e.check.username;
        if (role == SortRole)
            return e.check.username.toLower();
        if (role == Qt::ToolTipRole && editable(e))
            return tr("Double-click or press F2 to correct this username.");
        break;
    case TradingView:
        if (role == Qt::DisplayRole)
            return outcomeText(e);
        if (role == SortRole) // what needs a look first, then in the order given
            return qint64(needRank(e.check.outcome)) * 10000000 + index.row();
        if (role == Qt::ToolTipRole && e.check.outcome == Outcome::Error)
            return e.check.message;
        break;
    case Client:
        if (role == Qt::DisplayRole) {
            if (e.isClient)
                return e.clientName.isEmpty() ? tr("Client") : e.clientName;
            return editable(e) ? tr("Not a client") : tr("New client");
        }
        if (role == SortRole)
            return e.isClient ? 1 : 0;
        break;
    case Access:
        if (role == Qt::DisplayRole)
            return e.access.isEmpty() ? tr("None") : e.access;
        if (role == SortRole)
            return e.lifetime ? 2 : (e.access.isEmpty() ? 0 : 1);
        break;
    default:
        break;
    }
    return {};
}

QString BulkCheckModel::columnTitle(int column) const
{
    switch (column) {
    case Username:
        return tr("Username");
    case TradingView:
        return tr("On TradingView");
    case Client:
        return tr("In PineDesk");
    case Access:
        return tr("Access now");
    default:
        return {};
    }
}

Qt::ItemFlags BulkCheckModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Username && editable(entry(index.row())))
        f |= Qt::ItemIsEditable;
    return f;
}

bool BulkCheckModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Username || role != Qt::EditRole ||
        !editable(entry(index.row())))
        return false;
    const auto name = UsernameValidator::validate(value.toString());
    if (!name || *name == entry(index.row()).check.username)
        return false;
    // The new spelling is unchecked until usernameEdited's receiver checks it.
    updateRow(index.row(), [&name](Entry &e) {
        e.check = {};
        e.check.username = *name;
    });
    Q_EMIT usernameEdited(index.row(), *name);
    return true;
}

} // namespace pinedesk
