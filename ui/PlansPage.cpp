#include "PlansPage.h"

#include "jobs/JobRunner.h"

#include "services/CatalogService.h"

#include "PlanDialog.h"
#include "Prompter.h"
#include "store/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

PlansPage::PlansPage(ConsoleContext context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(std::move(context))
    , m_model(new PlanTableModel(m_ctx.store(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_activate(new QPushButton(tr("Deac&tivate"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    m_jobs = new JobRunner(m_ctx.database, this);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Plans"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *add = new QPushButton(tr("&New…"), this);
    add->setObjectName(u"newPlan"_s);
    add->setToolTip(tr("Create a plan (Ctrl+N)"));
    m_edit->setObjectName(u"editPlan"_s);
    m_activate->setObjectName(u"activatePlan"_s);
    m_delete->setObjectName(u"deletePlan"_s);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, m_edit, m_activate, m_delete})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_message->setObjectName(u"plansMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PlanTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setObjectName(u"plansTable"_s);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PlanTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PlanTableModel::Indicators,
                                                      QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, m_table);
    deleteShortcut->setContext(Qt::WidgetShortcut);

    connect(newShortcut, &QShortcut::activated, this, &PlansPage::newPlan);
    connect(deleteShortcut, &QShortcut::activated, this, &PlansPage::deleteSelected);
    connect(add, &QPushButton::clicked, this, &PlansPage::newPlan);
    connect(m_edit, &QPushButton::clicked, this, &PlansPage::editSelected);
    connect(m_activate, &QPushButton::clicked, this, &PlansPage::toggleActive);
    connect(m_delete, &QPushButton::clicked, this, &PlansPage::deleteSelected);
    connect(m_table, &QTableView::activated, this, &PlansPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlansPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PlansPage::updateButtons);
    updateButtons();
    reload();
}

PlansPage::~PlansPage()
{
    delete m_jobs; // waits for a load still running
}

QString PlansPage::message() const
{
    return m_message->text();
}

void PlansPage::reload()
{
    // A load still running is stale now: its result is dropped, this one is shown.
    Database *database = &m_ctx.database;
    const QDateTime now = m_ctx.clock.nowUtc();
    m_jobs->run<Rows>(
        [database, now](JobControl &) { return PlanTableModel::fetch(*database, now); },
        [this](const Rows &rows) {
            showRows(rows);
            Q_EMIT loaded();
        });
}

void PlansPage::showRows(const Rows &rows)
{
    if (!rows) {
        m_message->setText(tr("The plans could not be loaded: %1").arg(rows.error()));
        return;
    }
    const qint64 keep = m_selectAfterLoad != 0 ? std::exchange(m_selectAfterLoad, 0) : selectedId();
    m_model->setRows(*rows);
    if (rows->isEmpty()) {
        m_message->setText(tr("No plans yet. A plan bundles indicators with a default duration "
                              "and a price; create one with New…"));
        m_emptyShown = true;
    } else if (std::exchange(m_emptyShown, false)) {
        m_message->clear();
    }
    if (keep != 0)
        select(keep);
    updateButtons();
}

qint64 PlansPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(PlanTableModel::IdRole).toLongLong();
}

const PlanTableModel::Row *PlansPage::selectedRow() const
{
    const qint64 id = selectedId();
    return id == 0 ? nullptr : m_model->rowAt(m_model->rowOf(id));
}

bool PlansPage::select(qint64 id)
{
    const QModelIndex shown = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
    if (!shown.isValid())
        return false;
    m_table->selectRow(shown.row());
    m_table->scrollTo(shown);
    return true;
}

void PlansPage::updateButtons()
{
    const PlanTableModel::Row *row = selectedRow();
    m_edit->setEnabled(row);
    m_activate->setEnabled(row);
    m_delete->setEnabled(row);
    m_activate->setText(row && !row->active ? tr("Ac&tivate") : tr("Deac&tivate"));
}

void PlansPage::changed(qint64 selectAfterLoad, const QString &message)
{
    m_message->setText(message);
    m_emptyShown = false;
    m_selectAfterLoad = selectAfterLoad;
    reload();
    Q_EMIT plansChanged();
}

void PlansPage::newPlan()
{
    auto *dialog = new PlanDialog(m_ctx, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PlanDialog::saved, this, [this](qint64 id, const QString &name) {
        changed(id, tr("Plan \"%1\" created.").arg(name));
    });
    dialog->open();
}

void PlansPage::editSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    auto *dialog = new PlanDialog(m_ctx, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PlanDialog::saved, this, [this](qint64 savedId, const QString &name) {
        changed(savedId, tr("Plan \"%1\" saved.").arg(name));
    });
    dialog->open();
}

void PlansPage::toggleActive()
{
    const PlanTableModel::Row *row = selectedRow();
    if (!row)
        return;
    CatalogService catalog(m_ctx.services());
    const auto found = catalog.plan(row->id);
    if (!found || !*found) {
        m_message->setText(found ? tr("This plan no longer exists.")
                                 : tr("The plan could not be read: %1").arg(found.error()));
        reload();
        return;
    }
    auto plan = *found;
    plan->active = !plan->active;
    if (const auto saved = catalog.savePlan(*plan); !saved) {
        Prompter::instance().warn(this, tr("Plan not changed"), saved.error());
        m_message->setText(saved.error());
        return;
    }
    changed(plan->id, plan->active
                          ? tr("Plan \"%1\" is offered again.").arg(plan->name)
                          : tr("Plan \"%1\" is no longer offered; clients on it keep their "
                               "access.")
                                .arg(plan->name));
}

void PlansPage::deleteSelected()
{
    const PlanTableModel::Row *row = selectedRow();
    if (!row)
        return;
    const qint64 id = row->id;
    const QString name = row->name;
    const QString consequence =
        row->activeClients > 0
            ? tr("%n client(s) hold indicators through it; they keep their access, which is "
                 "then no longer linked to a plan.",
                 nullptr, int(row->activeClients))
            : tr("No client holds it now.");
    if (!Prompter::instance().confirm(
            this, tr("Delete plan"),
            QString(tr("Delete the plan \"%1\"? This cannot be undone.").arg(name) + u' ' +
                    consequence),
            tr("Delete"))) {
        return;
    }
    if (const Status s = CatalogService(m_ctx.services()).removePlan(id); !s) {
        Prompter::instance().warn(this, tr("Plan not deleted"), s.error());
        m_message->setText(s.error());
        return;
    }
    changed(0, tr("Plan \"%1\" deleted.").arg(name));
}

} // namespace pinedesk
