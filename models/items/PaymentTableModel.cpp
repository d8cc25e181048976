#include "PaymentTableModel.h"

#include "DateText.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

PaymentTableModel::PaymentTableModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{}

QString PaymentTableModel::columnTitle(int column) const
{
    switch (column) {
    case PaidAt:
        return tr("Paid");
    case Client:
        return tr("Client");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    case Plan:
        return tr("Plan");
    case Source:
        return tr("Source");
    case Method:
        return tr("Method");
    case Reference:
        return tr("Reference");
    }
    return {};
}

QVariant PaymentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const PaymentRow &r = rowOfIndex(index);
    const Payment &p = r.payment;
    if (role == IdRole)
        return r.id;
    if (role == Qt::ToolTipRole) {
        if (index.column() == PaidAt)
            return QLocale().toString(p.paidAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == Client)
            return r.clientName;
        if (index.column() == Amount && p.refundedMinor > 0)
            return tr("%1 refunded")
                .arg(Money(p.refundedMinor, p.amount.currency()).toDisplayString(QLocale()));
        return p.note.isEmpty() ? QVariant() : QVariant(p.note);
    }
    if (role == SortRole) {
        switch (index.column()) {
        case PaidAt:
            return p.paidAt;
        case Amount:
            return p.amount.minorUnits();
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PaidAt:
        return DateText::minutes(p.paidAt);
    case Client:
        return r.tvUsername.isEmpty() ? r.clientName : r.tvUsername;
    case Amount:
        return p.amount.toDisplayString(QLocale());
    case Status:
        return PaymentStatusNames::displayName(p.status);
    case Plan:
        return r.planName;
    case Source:
        return p.source;
    case Method:
        return p.method;
    case Reference:
        return p.reference;
    }
    return {};
}

QMap<QString, qint64> PaymentTableModel::keptTotals() const
{
    QMap<QString, qint64> totals;
    for (const PaymentRow &r : rows()) {
        const Payment &p = r.payment;
        if (p.status == PaymentStatus::Paid || p.status == PaymentStatus::PartiallyRefunded)
            totals[p.amount.currency()] += p.amount.minorUnits() - p.refundedMinor;
    }
    return totals;
}

} // namespace pinedesk
