#include "IndicatorsPage.h"

#include "jobs/JobRunner.h"

#include "services/CatalogService.h"

#include "ImportScriptsDialog.h"
#include "IndicatorDialog.h"
#include "Prompter.h"
#include "store/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

IndicatorsPage::IndicatorsPage(ConsoleContext context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(std::move(context))
    , m_model(new IndicatorTableModel(m_ctx.store(), this))
    , m_statusFilter(new QSortFilterProxyModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_retire(new QPushButton(tr("&Retire"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_import(new QPushButton(tr("&Import from TradingView…"), this))
{
    m_jobs = new JobRunner(m_ctx.database, this);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Indicators"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    m_search->setObjectName(u"indicatorSearch"_s);
    m_search->setPlaceholderText(tr("Search by name or pine id (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->addItem(tr("All statuses"), -1);
    for (IndicatorStatus s :
         {IndicatorStatus::Development, IndicatorStatus::Live, IndicatorStatus::Retired})
        m_status->addItem(IndicatorStatusNames::displayName(s), int(s));
    auto *statusLabel = new QLabel(tr("Stat&us:"), this);
    statusLabel->setBuddy(m_status);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    layout->addLayout(filters);

    auto *add = new QPushButton(tr("&New…"), this);
    add->setObjectName(u"newIndicator"_s);
    add->setToolTip(tr("Add an indicator to the catalog (Ctrl+N)"));
    m_edit->setObjectName(u"editIndicator"_s);
    m_retire->setObjectName(u"retireIndicator"_s);
    m_delete->setObjectName(u"deleteIndicator"_s);
    m_import->setObjectName(u"importScripts"_s);
    m_import->setToolTip(tr("List your TradingView account's scripts and add the missing ones"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, m_edit, m_retire, m_delete})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    layout->addLayout(buttons);

    m_message->setObjectName(u"indicatorsMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_statusFilter->setSourceModel(m_model);
    m_statusFilter->setFilterRole(IndicatorTableModel::StatusRole);
    m_statusFilter->setFilterKeyColumn(IndicatorTableModel::Name);
    m_proxy->setSourceModel(m_statusFilter);
    m_proxy->setFilterRole(IndicatorTableModel::SearchRole);
    m_proxy->setFilterKeyColumn(IndicatorTableModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(IndicatorTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setObjectName(u"indicatorsTable"_s);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IndicatorTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IndicatorTableModel::Name,
                                                      QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    // Window-wide while this page is the one shown (hidden pages' shortcuts do not fire).
    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, m_table);
    deleteShortcut->setContext(Qt::WidgetShortcut);

    connect(newShortcut, &QShortcut::activated, this, &IndicatorsPage::newIndicator);
    connect(findShortcut, &QShortcut::activated, m_search, qOverload<>(&QWidget::setFocus));
    connect(deleteShortcut, &QShortcut::activated, this, &IndicatorsPage::deleteSelected);
    connect(m_search, &QLineEdit::textChanged, this, &IndicatorsPage::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &IndicatorsPage::applyFilters);
    connect(add, &QPushButton::clicked, this, &IndicatorsPage::newIndicator);
    connect(m_edit, &QPushButton::clicked, this, &IndicatorsPage::editSelected);
    connect(m_retire, &QPushButton::clicked, this, &IndicatorsPage::toggleRetired);
    connect(m_delete, &QPushButton::clicked, this, &IndicatorsPage::deleteSelected);
    connect(m_import, &QPushButton::clicked, this, &IndicatorsPage::importFromTradingView);
    connect(m_table, &QTableView::activated, this, &IndicatorsPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IndicatorsPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &IndicatorsPage::updateButtons);
    updateButtons();
    reload();
}

IndicatorsPage::~IndicatorsPage()
{
    delete m_jobs; // waits for a load still running
}

QString IndicatorsPage::message() const
{
    return m_message->text();
}

void IndicatorsPage::reload()
{
    // A load still running is stale now: its result is dropped, this one is shown.
    Database *database = &m_ctx.database;
    const QDateTime now = m_ctx.clock.nowUtc();
    m_jobs->run<Rows>(
        [database, now](JobControl &) { return IndicatorTableModel::fetch(*database, now); },
        [this](const Rows &rows) {
            showRows(rows);
            Q_EMIT loaded();
        });
}

void IndicatorsPage::showRows(const Rows &rows)
{
    if (!rows) {
        m_message->setText(tr("The catalog could not be loaded: %1").arg(rows.error()));
        return;
    }
    const qint64 keep = m_selectAfterLoad != 0 ? std::exchange(m_selectAfterLoad, 0) : selectedId();
    m_model->setRows(*rows);
    if (rows->isEmpty()) {
        m_message->setText(tr("No indicators yet. Add one with New… or import your scripts with "
                              "Import from TradingView…"));
        m_emptyShown = true;
    } else if (std::exchange(m_emptyShown, false)) {
        m_message->clear();
    }
    if (keep != 0)
        select(keep);
    updateButtons();
}

void IndicatorsPage::applyFilters()
{
    const int status = m_status->currentData().toInt();
    m_statusFilter->setFilterRegularExpression(
        status < 0 ? QRegularExpression() : QRegularExpression(u"^%1$"_s.arg(status)));
    m_proxy->setFilterFixedString(m_search->text().trimmed());
    updateButtons();
}

qint64 IndicatorsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(IndicatorTableModel::IdRole).toLongLong();
}

const IndicatorTableModel::Row *IndicatorsPage::selectedRow() const
{
    const qint64 id = selectedId();
    return id == 0 ? nullptr : m_model->rowAt(m_model->rowOf(id));
}

bool IndicatorsPage::select(qint64 id)
{
    const QModelIndex source = m_model->index(m_model->rowOf(id), 0);
    const QModelIndex shown = m_proxy->mapFromSource(m_statusFilter->mapFromSource(source));
    if (!shown.isValid())
        return false;
    m_table->selectRow(shown.row());
    m_table->scrollTo(shown);
    return true;
}

void IndicatorsPage::updateButtons()
{
    const IndicatorTableModel::Row *row = selectedRow();
    m_edit->setEnabled(row);
    m_retire->setEnabled(row);
    m_delete->setEnabled(row);
    const bool retired = row && row->status == IndicatorStatus::Retired;
    m_retire->setText(retired ? tr("Reac&tivate") : tr("&Retire"));
}

void IndicatorsPage::changed(qint64 selectAfterLoad, const QString &message)
{
    m_message->setText(message);
    m_emptyShown = false;
    m_selectAfterLoad = selectAfterLoad;
    reload();
    Q_EMIT catalogChanged();
}

void IndicatorsPage::newIndicator()
{
    auto *dialog = new IndicatorDialog(m_ctx, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IndicatorDialog::saved, this, [this](qint64 id, const QString &name) {
        changed(id, tr("\"%1\" added to the catalog.").arg(name));
    });
    dialog->open();
}

void IndicatorsPage::editSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    auto *dialog = new IndicatorDialog(m_ctx, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IndicatorDialog::saved, this, [this](qint64 savedId, const QString &name) {
        changed(savedId, tr("\"%1\" saved.").arg(name));
    });
    dialog->open();
}

void IndicatorsPage::toggleRetired()
{
    const IndicatorTableModel::Row *row = selectedRow();
    if (!row)
        return;
    const qint64 id = row->id;
    const QString name = row->name;
    const bool retired = row->status == IndicatorStatus::Retired;
    const bool confirmed =
        retired ? Prompter::instance().confirm(
                      this, tr("Reactivate indicator"),
                      tr("Reactivate \"%1\"? It becomes Live and can be offered in plans again.")
                          .arg(name),
                      tr("Reactivate"))
                : Prompter::instance().confirm(
                      this, tr("Retire indicator"),
                      tr("Retire \"%1\"? Clients who hold it keep their access; it is no longer "
                         "offered when you build plans.")
                          .arg(name),
                      tr("Retire"));
    if (!confirmed)
        return;
    const Status s =
        CatalogService(m_ctx.services())
            .setIndicatorStatus(id, retired ? IndicatorStatus::Live : IndicatorStatus::Retired);
    if (!s) {
        Prompter::instance().warn(this, tr("Indicator not changed"), s.error());
        m_message->setText(s.error());
        return;
    }
    changed(id, retired ? tr("\"%1\" is live again.").arg(name) : tr("\"%1\" retired.").arg(name));
}

void IndicatorsPage::deleteSelected()
{
    const IndicatorTableModel::Row *row = selectedRow();
    if (!row)
        return;
    const qint64 id = row->id;
    const QString name = row->name;
    if (!Prompter::instance().confirm(this, tr("Delete indicator"),
                                      tr("Delete \"%1\" and its version history from the "
                                         "catalog? This cannot be undone.")
                                          .arg(name),
                                      tr("Delete"))) {
        return;
    }
    if (const Status s = CatalogService(m_ctx.services()).removeIndicator(id); !s) {
        Prompter::instance().warn(this, tr("Indicator not deleted"), s.error());
        m_message->setText(s.error());
        return;
    }
    changed(0, tr("\"%1\" deleted.").arg(name));
}

void IndicatorsPage::importFromTradingView()
{
    auto *dialog = new ImportScriptsDialog(m_ctx, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportScriptsDialog::imported, this, [this](int count) {
        changed(0, tr("%n script(s) added to the catalog.", nullptr, count));
    });
    dialog->open();
}

} // namespace pinedesk
