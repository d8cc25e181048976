#pragma once

#include "RowTableModel.h"
#include "payments/PaymentRow.h"

#include <QMap>

namespace pinedesk {

// Payments as the Payments page lists them, newest first. The status is text (never colour
// alone); amounts are shown in their own currency and never added across currencies.
class PaymentTableModel final : public RowTableModel<PaymentRow>
{
    Q_OBJECT

public:
    enum Column { PaidAt, Client, Amount, Status, Plan, Source, Method, Reference, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit PaymentTableModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // What was kept (paid, less refunds) per currency, over the rows shown.
    QMap<QString, qint64> keptTotals() const;

protected:
    QString columnTitle(int column) const override;
};

} // namespace pinedesk
