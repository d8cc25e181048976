#pragma once

#include "campaigns/CampaignFigures.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QProgressBar;

namespace pinedesk {

// The Campaigns page's pane for one campaign: what it was, how many of its members paid again,
// and when, as a bar per interval of days to the first payment.
class CampaignDetail final : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignDetail(QWidget *parent = nullptr);

    // nullptr shows the hint to select a campaign. horizonDays > 0: only payments within that
    // many days of the start were counted.
    void showFigures(const CampaignFigures *figures, const QDateTime &now, int horizonDays);
    // Reactivated members in each interval, as shown (for tests and accessibility).
    QList<int> barValues() const;

private:
    QLabel *m_title;
    QLabel *m_hint;
    QWidget *m_body;
    QLabel *m_audience;
    QLabel *m_offer;
    QLabel *m_started;
    QLabel *m_members;
    QLabel *m_reactivated;
    QLabel *m_median;
    QLabel *m_revenue;
    QLabel *m_window;
    QList<QProgressBar *> m_bars;
    QList<QLabel *> m_cumulative;
};

} // namespace pinedesk
