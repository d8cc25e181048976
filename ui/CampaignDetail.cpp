#include "CampaignDetail.h"

#include "campaigns/CampaignReport.h"
#include "items/CampaignTableModel.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

CampaignDetail::CampaignDetail(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(tr("Select a campaign to see when its members paid again."), this))
    , m_body(new QWidget(this))
    , m_audience(new QLabel(m_body))
    , m_offer(new QLabel(m_body))
    , m_started(new QLabel(m_body))
    , m_members(new QLabel(m_body))
    , m_reactivated(new QLabel(m_body))
    , m_median(new QLabel(m_body))
    , m_revenue(new QLabel(m_body))
    , m_window(new QLabel(m_body))
{
    setObjectName(u"campaignDetail"_s);
    auto *layout = new QVBoxLayout(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_hint->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_body);
    layout->addStretch(1);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    for (QLabel *l :
         {m_audience, m_offer, m_started, m_members, m_reactivated, m_median, m_revenue}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_reactivated->setObjectName(u"detailReactivated"_s);
    m_median->setObjectName(u"detailMedian"_s);
    m_revenue->setObjectName(u"detailRevenue"_s);
    form->addRow(tr("Audience:"), m_audience);
    form->addRow(tr("Offer:"), m_offer);
    form->addRow(tr("Started:"), m_started);
    form->addRow(tr("Members:"), m_members);
    form->addRow(tr("Paid again:"), m_reactivated);
    form->addRow(tr("Median time to pay:"), m_median);
    form->addRow(tr("Revenue after start:"), m_revenue);
    bodyLayout->addLayout(form);

    auto *heading = new QLabel(tr("Days from the start to the first payment"), m_body);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    bodyLayout->addWidget(heading);
    m_window->setWordWrap(true);
    bodyLayout->addWidget(m_window);
    auto *grid = new QGridLayout;
    const int intervals = int(CampaignReport::bucketLimits().size()) + 1;
    for (int i = 0; i < intervals; ++i) {
        auto *label = new QLabel(CampaignReport::bucketLabel(i), m_body);
        auto *bar = new QProgressBar(m_body);
        bar->setObjectName(u"bucketBar%1"_s.arg(i));
        bar->setFormat(u"%v"_s);
        bar->setTextVisible(true);
        bar->setAccessibleName(CampaignReport::bucketLabel(i));
        auto *cumulative = new QLabel(m_body);
        cumulative->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(label, i, 0);
        grid->addWidget(bar, i, 1);
        grid->addWidget(cumulative, i, 2);
        m_bars.append(bar);
        m_cumulative.append(cumulative);
    }
    grid->setColumnStretch(1, 1);
    bodyLayout->addLayout(grid);
    showFigures(nullptr, QDateTime(), 0);
}

void CampaignDetail::showFigures(const CampaignFigures *figures, const QDateTime &now,
                                 int horizonDays)
{
    m_hint->setVisible(!figures);
    m_body->setVisible(figures);
    if (!figures) {
        m_title->setText(tr("No campaign selected"));
        return;
    }
    const QLocale locale;
    const CampaignFigures &f = *figures;
    const Campaign &c = f.campaign;
    m_title->setText(c.name);
    m_audience->setText(c.audience.isEmpty() ? tr("(not recorded)") : c.audience);
    m_offer->setText(c.offer.isEmpty() ? tr("(not recorded)") : c.offer);
    const qint64 age = qMax<qint64>(0, c.startedAt.daysTo(now));
    m_started->setText(tr("%1 (%n day(s) ago)", nullptr, int(age))
                           .arg(locale.toString(c.startedAt.toLocalTime(), QLocale::ShortFormat)));
    m_members->setText(locale.toString(c.members));
    m_reactivated->setText(
        tr("%1 of %n member(s) (%2)", nullptr, c.members)
            .arg(locale.toString(f.reactivated), CampaignTableModel::rateText(f.rate())));
    m_median->setText(CampaignTableModel::daysText(f.medianDays));
    m_revenue->setText(CampaignTableModel::revenueText(f.revenue));
    m_window->setText(horizonDays > 0 ? tr("Payments within %n day(s) of the start are counted.",
                                           nullptr, horizonDays)
                                      : tr("Every payment after the start is counted."));
    const int total = qMax(1, f.reactivated);
    for (int i = 0; i < m_bars.size(); ++i) {
        m_bars[i]->setRange(0, total);
        m_bars[i]->setValue(f.buckets.value(i));
        const double share = double(f.withinBuckets(i + 1)) / total;
        m_cumulative[i]->setText(f.reactivated > 0
                                     ? tr("%1 % so far").arg(locale.toString(share * 100.0, 'f', 0))
                                     : QString());
    }
}

QList<int> CampaignDetail::barValues() const
{
    QList<int> values;
    for (const QProgressBar *bar : m_bars)
        values.append(bar->value());
    return values;
}

} // namespace pinedesk
