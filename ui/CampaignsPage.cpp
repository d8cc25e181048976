#include "CampaignsPage.h"

#include "CampaignDetail.h"
#include "Prompter.h"
#include "campaigns/CampaignReport.h"
#include "items/CampaignTableModel.h"
#include "services/CampaignService.h"
#include "store/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

CampaignsPage::CampaignsPage(ConsoleContext context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(std::move(context))
    , m_model(new CampaignTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_horizon(new QComboBox(this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new CampaignDetail(this))
{
    m_jobs = new JobRunner(m_ctx.database, this);
    setObjectName(u"campaignsPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Campaigns"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    m_horizon->setObjectName(u"horizon"_s);
    m_horizon->addItem(tr("Any time after the start"), 0);
    for (int days : {30, 60, 90})
        m_horizon->addItem(tr("Within %n day(s) of the start", nullptr, days), days);
    m_horizon->setToolTip(tr("Compare old and recent campaigns over the same window."));
    auto *horizonLabel = new QLabel(tr("&Payments counted:"), this);
    horizonLabel->setBuddy(m_horizon);
    m_export->setObjectName(u"exportCampaigns"_s);
    m_export->setToolTip(tr("Save the comparison of all campaigns as a CSV file"));
    m_delete->setObjectName(u"deleteCampaign"_s);
    auto *bar = new QHBoxLayout;
    bar->addWidget(horizonLabel);
    bar->addWidget(m_horizon);
    bar->addStretch(1);
    bar->addWidget(m_export);
    bar->addWidget(m_delete);
    layout->addLayout(bar);

    m_summary->setObjectName(u"campaignSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_message->setObjectName(u"campaignsMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CampaignTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setObjectName(u"campaignsTable"_s);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CampaignTableModel::Started, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : {int(CampaignTableModel::Offer), int(CampaignTableModel::Audience)}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, 120);
    }
    header->setStretchLastSection(true);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // labels wrap instead
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({700, 300});
    layout->addWidget(splitter, 1);
    setTabOrder(m_horizon, m_export);
    setTabOrder(m_export, m_delete);
    setTabOrder(m_delete, m_table);

    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, m_table);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &CampaignsPage::deleteSelected);
    connect(m_delete, &QPushButton::clicked, this, &CampaignsPage::deleteSelected);
    connect(m_export, &QPushButton::clicked, this, &CampaignsPage::exportCsv);
    connect(m_horizon, &QComboBox::currentIndexChanged, this, &CampaignsPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CampaignsPage::showSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CampaignsPage::showSelection);
    updateButtons();
    reload();
}

CampaignsPage::~CampaignsPage()
{
    delete m_jobs; // waits for a load still running
}

QString CampaignsPage::message() const
{
    return m_message->text();
}

QString CampaignsPage::comparisonText() const
{
    return m_summary->text();
}

int CampaignsPage::horizonDays() const
{
    return m_horizon->currentData().toInt();
}

void CampaignsPage::setHorizonDays(int days)
{
    const int at = m_horizon->findData(days);
    if (at >= 0)
        m_horizon->setCurrentIndex(at);
}

void CampaignsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // payments keep arriving: the figures are fresh whenever the page is opened
}

void CampaignsPage::reload()
{
    // Figures still being computed are stale now: they are dropped, these are shown.
    Database *database = &m_ctx.database;
    CampaignReport::Options options;
    options.horizonDays = horizonDays();
    m_jobs->run<Rows>(
        [database, options](JobControl &) { return CampaignReport::compute(*database, options); },
        [this](const Rows &rows) {
            showRows(rows);
            Q_EMIT loaded();
        });
}

void CampaignsPage::showRows(const Rows &rows)
{
    if (!rows) {
        m_message->setText(tr("The campaigns could not be loaded: %1").arg(rows.error()));
        return;
    }
    const qint64 keep = selectedId();
    m_model->setRows(*rows);
    if (rows->isEmpty()) {
        m_message->setText(tr("No campaigns yet. Save a bulk run as a campaign (its segment, "
                              "offer and date) to see here how many of its clients paid again."));
        m_emptyShown = true;
    } else if (std::exchange(m_emptyShown, false)) {
        m_message->clear();
    }
    const CampaignReport::Comparison c = CampaignReport::compare(*rows);
    QString summary;
    if (!rows->isEmpty()) {
        summary = tr("%n campaign(s): ", nullptr, int(rows->size())) +
                  tr("%1 of %2 members paid again (%3).")
                      .arg(QLocale().toString(c.reactivated), QLocale().toString(c.members),
                           CampaignTableModel::rateText(c.rate()));
        if (const CampaignFigures *best = m_model->rowAt(m_model->rowOf(c.bestRateId)))
            summary +=
                u' ' + tr("Best rate: %1 (%2).")
                           .arg(best->campaign.name, CampaignTableModel::rateText(best->rate()));
        if (const CampaignFigures *fast = m_model->rowAt(m_model->rowOf(c.fastestId)))
            summary += u' ' + tr("Fastest: %1 (median %2).")
                                  .arg(fast->campaign.name,
                                       CampaignTableModel::daysText(fast->medianDays));
    }
    m_summary->setText(summary);
    if (keep != 0 && !select(keep))
        showSelection();
    if (keep == 0 && m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

qint64 CampaignsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(CampaignTableModel::IdRole).toLongLong();
}

bool CampaignsPage::select(qint64 id)
{
    const QModelIndex shown = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
    if (!shown.isValid())
        return false;
    m_table->selectRow(shown.row());
    m_table->scrollTo(shown);
    return true;
}

void CampaignsPage::showSelection()
{
    const qint64 id = selectedId();
    m_detail->showFigures(id == 0 ? nullptr : m_model->rowAt(m_model->rowOf(id)),
                          m_ctx.clock.nowUtc(), horizonDays());
    updateButtons();
}

void CampaignsPage::updateButtons()
{
    m_delete->setEnabled(selectedId() != 0);
    m_export->setEnabled(m_model->rowCount() > 0);
}

void CampaignsPage::deleteSelected()
{
    const qint64 id = selectedId();
    const CampaignFigures *row = m_model->rowAt(m_model->rowOf(id));
    if (!row)
        return;
    const QString name = row->campaign.name;
    if (!Prompter::instance().confirm(
            this, tr("Delete campaign"),
            tr("Delete the campaign \"%1\"? Its %n member(s) keep their accesses and payments; "
               "only the campaign and its figures go. This cannot be undone.",
               nullptr, row->campaign.members)
                .arg(name),
            tr("Delete"))) {
        return;
    }
    if (const Status s = CampaignService(m_ctx.services()).removeCampaign(id); !s) {
        Prompter::instance().warn(this, tr("Campaign not deleted"), s.error());
        m_message->setText(s.error());
        reload();
        return;
    }
    m_message->setText(tr("Campaign \"%1\" deleted.").arg(name));
    m_emptyShown = false;
    reload();
    Q_EMIT campaignsChanged();
}

void CampaignsPage::exportCsv()
{
    const QString path = Prompter::instance().saveFile(
        this, tr("Export campaign comparison"),
        u"campaigns-%1.csv"_s.arg(m_ctx.clock.nowUtc().date().toString(Qt::ISODate)),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status s = exportTo(path); !s)
        Prompter::instance().warn(this, tr("Comparison not exported"), s.error());
}

Status CampaignsPage::exportTo(const QString &path)
{
    // A handful of rows already in memory: written here, no worker needed.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        const QString problem = tr("%1 cannot be written: %2").arg(path, file.errorString());
        m_message->setText(problem);
        return Status::failure(problem);
    }
    const auto written = CampaignReport::writeCsv(m_model->rows(), file);
    if (!written || !file.commit()) {
        const QString problem = written
                                    ? tr("%1 cannot be written: %2").arg(path, file.errorString())
                                    : written.error().message();
        m_message->setText(problem);
        return Status::failure(problem);
    }
    m_message->setText(
        tr("Comparison of %n campaign(s) written to %1.", nullptr, *written).arg(path));
    return {};
}

} // namespace pinedesk
