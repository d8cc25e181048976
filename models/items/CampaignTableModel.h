#pragma once

#include "campaigns/CampaignFigures.h"

#include <QAbstractTableModel>
#include <QList>

namespace pinedesk {

// The saved campaigns side by side, as the Campaigns page lists them: who each reached, what it
// offered, and how many paid again, how fast and how much. Rows come from CampaignReport
// (computed on a worker); sorting uses raw values through SortRole.
class CampaignTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The figures come first: they are what the vendor compares.
    enum Column {
        Name,
        Offer,
        Members,
        Reactivated,
        Rate,
        MedianDays,
        Revenue,
        Audience,
        Started,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole, // raw values: lower-case text, start time, counts, rate, days, minor units
    };

    explicit CampaignTableModel(QObject *parent = nullptr);

    void setRows(QList<CampaignFigures> rows);
    const QList<CampaignFigures> &rows() const { return m_rows; }
    const CampaignFigures *rowAt(int row) const;
    int rowOf(qint64 campaignId) const;
    // The currency revenue is sorted by: the one with the most money across the rows (amounts in
    // different currencies are never added up).
    QString sortCurrency() const { return m_sortCurrency; }

    // "12.5 %" and "3.2 days" as the table and the detail pane show them.
    static QString rateText(double rate);
    static QString daysText(const std::optional<double> &days);
    static QString revenueText(const QMap<QString, qint64> &revenue);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<CampaignFigures> m_rows;
    QString m_sortCurrency;
};

} // namespace pinedesk
