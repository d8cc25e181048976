#include "BatchList.h"

#include "ProgressBarDelegate.h"
#include "Prompter.h"
#include "items/SyncBatchModel.h"
#include "jobs/JobRunner.h"
#include "services/QueueService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

BatchList::BatchList(ServiceContext context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(std::move(context))
    , m_model(new SyncBatchModel(m_ctx.store, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_pause(new QPushButton(tr("Pause &batch"), this))
    , m_cancel(new QPushButton(tr("Cancel ba&tch…"), this))
    , m_error(new QLabel(this))
    , m_jobs(new JobRunner(m_ctx.store.database, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Batches"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_pause->setObjectName(u"pauseBatchButton"_s);
    m_cancel->setObjectName(u"cancelBatchButton"_s);
    m_pause->setToolTip(tr("Hold this batch's waiting changes; the rest of the queue goes on"));
    m_cancel->setToolTip(tr("Drop this batch's changes that were not sent yet"));
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_pause);
    top->addWidget(m_cancel);
    layout->addLayout(top);

    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SyncBatchModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setObjectName(u"batchTable"_s);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SyncBatchModel::Created, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(SyncBatchModel::Progress,
                                      new ProgressBarDelegate(SyncBatchModel::PercentRole, this));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SyncBatchModel::Label, QHeaderView::Interactive);
    header->resizeSection(SyncBatchModel::Label, 140);
    header->setSectionResizeMode(SyncBatchModel::Progress, QHeaderView::Fixed);
    header->resizeSection(SyncBatchModel::Progress, 90);
    header->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    connect(m_pause, &QPushButton::clicked, this, &BatchList::togglePause);
    connect(m_cancel, &QPushButton::clicked, this, &BatchList::cancelBatch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BatchList::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BatchList::updateButtons);
    reload();
}

void BatchList::reload()
{
    Database *database = &m_ctx.store.database;
    using Rows = Expected<QList<SyncBatchModel::Row>>;
    m_jobs->run<Rows>([database](JobControl &) { return SyncBatchModel::fetch(*database); },
                      [this](const Rows &rows) {
                          const qint64 keep = selectedBatchId();
                          if (rows) {
                              m_model->setRows(*rows);
                              m_error->hide();
                          } else {
                              // The list keeps what it showed; the reason is said above it.
                              m_error->setText(
                                  tr("The batches could not be read: %1").arg(rows.error()));
                              m_error->show();
                          }
                          if (keep != 0 && selectedBatchId() != keep)
                              selectBatch(keep); // the list changed: the selection follows
                          updateButtons();
                          Q_EMIT loaded();
                      });
}

bool BatchList::isLoading() const
{
    return m_jobs->isRunning();
}

qint64 BatchList::selectedBatchId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(SyncBatchModel::IdRole).toLongLong();
}

bool BatchList::selectBatch(qint64 batchId)
{
    const QModelIndex shown = m_proxy->mapFromSource(m_model->index(m_model->rowOf(batchId), 0));
    if (!shown.isValid())
        return false;
    m_table->selectRow(shown.row());
    m_table->scrollTo(shown);
    return true;
}

void BatchList::updateButtons()
{
    const SyncBatchModel::Row *row = m_model->rowAt(m_model->rowOf(selectedBatchId()));
    const bool open = row && !row->finished();
    m_pause->setEnabled(open);
    m_cancel->setEnabled(row && row->waiting > 0);
    m_pause->setText(row && row->paused ? tr("Resume &batch") : tr("Pause &batch"));
}

void BatchList::togglePause()
{
    const SyncBatchModel::Row *row = m_model->rowAt(m_model->rowOf(selectedBatchId()));
    if (!row)
        return;
    const bool pause = !row->paused;
    const QString label = row->label;
    if (const Status s = QueueService(m_ctx).setBatchPaused(row->id, pause); !s) {
        Q_EMIT changed(s.error());
        return;
    }
    reload();
    Q_EMIT changed(pause ? tr("Batch \"%1\" paused: its waiting changes stay queued until you "
                              "resume it.")
                               .arg(label)
                         : tr("Batch \"%1\" resumed.").arg(label));
}

void BatchList::cancelBatch()
{
    const SyncBatchModel::Row *row = m_model->rowAt(m_model->rowOf(selectedBatchId()));
    if (!row || row->waiting == 0)
        return;
    const qint64 id = row->id;
    const QString label = row->label;
    if (!Prompter::instance().confirm(
            this, tr("Cancel batch"),
            tr("Cancel the %n change(s) of \"%1\" that were not sent yet? What PineDesk intends "
               "stays as it is, so these clients will differ from TradingView until you change "
               "them again. Changes being sent now still finish.",
               nullptr, int(row->waiting))
                .arg(label),
            tr("Cancel changes"))) {
        return;
    }
    const auto cancelled = QueueService(m_ctx).cancelWaiting(id);
    reload();
    Q_EMIT changed(cancelled
                       ? tr("%n change(s) of \"%1\" cancelled.", nullptr, *cancelled).arg(label)
                       : cancelled.error().message());
}

} // namespace pinedesk
