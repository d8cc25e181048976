#pragma once

#include "RowTableModel.h"
#include "campaigns/CampaignFigures.h"

#include <QList>

namespace pinedesk {

// The saved campaigns side by side, as the Campaigns page lists them: who each reached, what it
// offered, and how many paid again, how fast and how much. Rows come from CampaignReport
// (computed on a worker) and are handed over with setRows(); sorting uses raw values through
// SortRole.
class CampaignTableModel final : public RowTableModel<CampaignFigures>
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

    // The row of this campaign, or -1 (the figures hold the campaign, not an id of their own).
    int rowOf(qint64 campaignId) const;
    // The currency revenue is sorted by: the one with the most money across the rows (amounts in
    // different currencies are never added up).
    QString sortCurrency() const { return m_sortCurrency; }

    // "12.5 %" and "3.2 days" as the table and the detail pane show them.
    static QString rateText(double rate);
    static QString daysText(const std::optional<double> &days);
    static QString revenueText(const QMap<QString, qint64> &revenue);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    // Picks the sort currency for the new rows.
    void rowsReplaced() override;

private:
    QString m_sortCurrency;
};

} // namespace pinedesk
