#pragma once

#include "reports/ExpiryMonth.h"

#include <QAbstractTableModel>
#include <QDate>

namespace pinedesk {

// The expiry calendar's data: one month of expiries (counts per day for the month view) and, as
// rows, the accesses that expire on the selected day. Sorting is done on raw values (SortRole).
class ExpiryCalendarModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Client, Username, Indicator, Expires, Sync, ColumnCount };
    enum Role { AccessIdRole = Qt::UserRole + 1, SortRole, SyncStateRole };

    explicit ExpiryCalendarModel(QObject *parent = nullptr);

    // A freshly loaded month. The selected day stays selected when it belongs to that month.
    void setMonth(ExpiryMonth month);
    const ExpiryMonth &month() const { return m_month; }
    void setDay(QDate day);
    QDate day() const { return m_day; }
    int countOn(QDate day) const { return m_month.countOn(day); }
    const ExpiryMonth::Entry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void refill();

    ExpiryMonth m_month;
    QDate m_day;
    QList<ExpiryMonth::Entry> m_rows;
};

} // namespace pinedesk
