#include "SubscriptionsPage.h"

#include "AccessFilterBar.h"
#include "ChangePlanDialog.h"
#include "Prompter.h"
#include "UntilDateDialog.h"
#include "items/AccessTableModel.h"
#include "settings/AppSettings.h"
#include "sync/PlanChange.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

SubscriptionsPage::SubscriptionsPage(ConsoleContext context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(std::move(context))
    , m_model(new AccessTableModel(m_ctx.store(), this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_filters(new AccessFilterBar(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_jobs = new JobRunner(m_ctx.database, this);
    m_model->setExpiringWithinDays(AppSettings().expiringWithinDays());
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Subscriptions"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *searchRow = new QHBoxLayout;
    m_search->setObjectName(u"subscriptionsSearch"_s);
    m_search->setPlaceholderText(tr("Search a username, client name or indicator (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    searchRow->addWidget(m_search, 2);
    m_summary->setObjectName(u"subscriptionsSummary"_s);
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    searchRow->addWidget(m_summary, 1);
    layout->addLayout(searchRow);
    m_filters->setObjectName(u"subscriptionsFilters"_s);
    layout->addWidget(m_filters);
    connect(m_filters, &AccessFilterBar::filterChosen, m_model, &AccessTableModel::setFilter);

    m_table->setObjectName(u"subscriptionsTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep a million rows as cheap as a hundred.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    const QList<std::pair<int, int>> widths = {
        {AccessTableModel::Username, 140},  {AccessTableModel::ClientName, 140},
        {AccessTableModel::Indicator, 170}, {AccessTableModel::Status, 100},
        {AccessTableModel::Expires, 140},   {AccessTableModel::Sync, 100},
        {AccessTableModel::Origin, 75}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    header->setSortIndicator(AccessTableModel::Username, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);

    layout->addWidget(buildActions());
    m_message->setObjectName(u"subscriptionsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_model->setSearchText(m_search->text()); });
    connect(m_model, &AccessTableModel::loaded, this, [this] {
        if (!m_model->lastError().isEmpty())
            m_message->setText(
                tr("The subscriptions could not be read: %1").arg(m_model->lastError()));
        restoreSelection();
        updateSummary();
    });
    connect(m_model, &AccessTableModel::countsChanged, this,
            [this] { m_filters->setCounts(m_model->counts()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SubscriptionsPage::updateSummary);

    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    setTabOrder(m_search, m_table);
    updateSummary();
    reload();
}

SubscriptionsPage::~SubscriptionsPage()
{
    delete m_jobs; // waits for a change still being queued
}

QWidget *SubscriptionsPage::buildActions()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);

    m_extend = new QToolButton(box);
    m_extend->setObjectName(u"extendButton"_s);
    m_extend->setText(tr("&Extend"));
    m_extend->setPopupMode(QToolButton::InstantPopup);
    m_extend->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_extend);
    const QList<std::pair<Duration, QKeySequence>> presets = {
        {Duration::days(7), {}},
        {Duration::days(30), QKeySequence(Qt::CTRL | Qt::Key_E)},
        {Duration::days(90), {}},
        {Duration::years(1), {}},
        {Duration::lifetime(), {}}};
    for (const auto &[duration, keys] : presets) {
        const QString text =
            duration.isLifetime()
                ? tr("&Lifetime…")
                : tr("By %1 (%2)").arg(duration.displayText(), duration.toString());
        QAction *action = menu->addAction(text);
        action->setObjectName(u"extend"_s + duration.toString());
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this,
                [this, duration = duration] { extendSelected(duration); });
        addAction(action);
        m_actions.append(action);
    }
    menu->addSeparator();
    QAction *until = menu->addAction(tr("&Until date…"));
    until->setObjectName(u"extendUntil"_s);
    until->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    until->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(until, &QAction::triggered, this, &SubscriptionsPage::extendSelectedUntil);
    addAction(until);
    m_actions.append(until);
    m_extend->setMenu(menu);
    m_extend->setToolTip(tr("Extend the selected accesses from their end, or from today when "
                            "they have ended (Ctrl+E: 30 days)"));
    row->addWidget(m_extend);

    m_revoke = new QPushButton(tr("&Revoke…"), box);
    m_revoke->setObjectName(u"revokeButton"_s);
    m_revoke->setToolTip(tr("Revoke the selected accesses (Delete)"));
    connect(m_revoke, &QPushButton::clicked, this, &SubscriptionsPage::revokeSelected);
    row->addWidget(m_revoke);
    auto *revokeKey = new QAction(tr("Revoke"), m_table);
    revokeKey->setShortcut(QKeySequence::Delete);
    revokeKey->setShortcutContext(Qt::WidgetShortcut);
    connect(revokeKey, &QAction::triggered, this, &SubscriptionsPage::revokeSelected);
    m_table->addAction(revokeKey);
    m_actions.append(revokeKey);

    m_changePlan = new QPushButton(tr("Change &plan…"), box);
    m_changePlan->setObjectName(u"changePlanButton"_s);
    connect(m_changePlan, &QPushButton::clicked, this, &SubscriptionsPage::changePlanOfSelected);
    row->addWidget(m_changePlan);
    row->addStretch(1);
    return box;
}

QString SubscriptionsPage::message() const
{
    return m_message->text();
}

void SubscriptionsPage::reload()
{
    m_model->reload();
    updateSummary();
}

void SubscriptionsPage::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : {static_cast<QWidget *>(m_extend), static_cast<QWidget *>(m_revoke),
                       static_cast<QWidget *>(m_changePlan)})
        w->setEnabled(!busy);
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(!busy);
}

void SubscriptionsPage::updateSummary()
{
    if (m_model->isLoading() && m_model->rowCount() == 0) {
        m_summary->setText(tr("Loading…"));
        return;
    }
    qint64 selected = 0; // counted from the ranges: a million selected rows cost nothing
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        selected += range.height();
    const QString shown = tr("%Ln access(es)", nullptr, m_model->rowCount());
    m_summary->setText(selected > 0 ? tr("%1, %2 selected").arg(shown, QLocale().toString(selected))
                                    : shown);
}

void SubscriptionsPage::restoreSelection()
{
    if (m_reselect.isEmpty())
        return;
    const QList<int> rows = m_model->rowsOf(m_reselect);
    m_reselect.clear();
    QItemSelection selection;
    const int last = AccessTableModel::ColumnCount - 1;
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        selection.select(m_model->index(rows[i], 0), m_model->index(rows[j], last));
        i = j + 1;
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty())
        m_table->scrollTo(m_model->index(rows.first(), 0));
}

void SubscriptionsPage::finish(const QString &message)
{
    m_message->setText(message);
    Q_EMIT actionFinished();
}

void SubscriptionsPage::runJob(const QString &progress, Work work, Then then)
{
    setBusy(true);
    m_message->setText(progress);
    const StoreContext context = m_ctx.store();
    m_jobs->run<JobResult>(
        [context, work = std::move(work)](JobControl &) { return work(context); },
        [this, then = std::move(then)](const JobResult &result) {
            setBusy(false);
            if (then)
                then(result);
        });
}

void SubscriptionsPage::withSelection(const Then &then)
{
    if (isBusy())
        return;
    const QList<qint64> ids = m_model->accessIds(m_table->selectionModel()->selection());
    if (ids.isEmpty()) {
        finish(tr("Select the accesses first: click a row, Ctrl+click or Shift+click add more."));
        return;
    }
    runJob(
        tr("Reading the %n selected access(es)…", nullptr, int(ids.size())),
        [ids](const StoreContext &context) {
            JobResult result;
            const auto loaded = AccessSelection(context).load(ids);
            if (loaded)
                result.selection = *loaded;
            else
                result.error = loaded.error();
            return result;
        },
        [this, then](const JobResult &result) {
            if (!result.error.isEmpty())
                finish(tr("The selected accesses could not be read: %1").arg(result.error));
            else if (result.selection.isEmpty())
                finish(tr("The selected accesses no longer exist."));
            else
                then(result);
        });
}

void SubscriptionsPage::applyAndReport(const QString &progress,
                                       const QList<SelectedAccess> &selection, AccessChange change)
{
    const Work work = [selection, feed = m_ctx.feed,
                       change = std::move(change)](const StoreContext &context) {
        JobResult result;
        result.selection = selection;
        AccessService service({context, feed});
        const auto outcome = change(service);
        if (outcome)
            result.outcome = *outcome;
        else
            result.error = outcome.error();
        return result;
    };
    runJob(progress, work, [this](const JobResult &result) {
        if (!result.error.isEmpty()) {
            finish(tr("Nothing was changed: %1").arg(result.error));
            return;
        }
        const AccessSelection::Outcome &o = result.outcome;
        QStringList parts;
        parts.append(o.queued > 0 ? tr("%n change(s) queued for TradingView.", nullptr, o.queued)
                                  : tr("Nothing to change."));
        if (o.keptLifetime > 0) {
            parts.append(tr("%n lifetime access(es) stay lifetime; use Until date… to end them.",
                            nullptr, o.keptLifetime));
        }
        if (const int same = o.unchanged - o.keptLifetime; same > 0)
            parts.append(tr("%n already as asked.", nullptr, same));
        if (o.queued > 0) {
            for (const SelectedAccess &a : result.selection)
                m_reselect.insert(a.accessId);
            Q_EMIT changesQueued();
            m_model->reload();
        }
        finish(parts.join(u' '));
    });
}

void SubscriptionsPage::extendSelected(const Duration &duration)
{
    withSelection([this, duration](const JobResult &loaded) {
        const QList<SelectedAccess> selection = loaded.selection;
        const int n = int(selection.size());
        if (duration.isLifetime() &&
            !Prompter::instance().confirm(
                this, tr("Lifetime access"),
                tr("Give lifetime access for the %n selected access(es)? They will never expire.",
                   nullptr, n),
                tr("Give lifetime access"))) {
            finish(tr("Nothing was changed."));
            return;
        }
        applyAndReport(tr("Queuing %n extension(s)…", nullptr, n), selection,
                       [selection, duration](AccessService &service) {
                           return service.extend(selection, duration);
                       });
    });
}

void SubscriptionsPage::extendSelectedUntil()
{
    if (isBusy())
        return;
    const auto count = m_model->accessIds(m_table->selectionModel()->selection()).size();
    if (count == 0) {
        finish(tr("Select the accesses first: click a row, Ctrl+click or Shift+click add more."));
        return;
    }
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    auto *dialog = new UntilDateDialog(today.addDays(30), today, int(count), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QDate day = dialog->date();
        withSelection([this, day](const JobResult &loaded) {
            const QList<SelectedAccess> selection = loaded.selection;
            const int lifetime = AccessSelection::lifetimeCount(selection);
            if (lifetime > 0 &&
                !Prompter::instance().confirm(
                    this, tr("End lifetime access?"),
                    tr("%n of the selected accesses are lifetime. Setting a date ends them on %1: "
                       "those clients lose the access they were given for life.",
                       nullptr, lifetime)
                        .arg(QLocale().toString(day, QLocale::LongFormat)),
                    tr("End lifetime access"))) {
                finish(tr("Nothing was changed: lifetime accesses stay lifetime."));
                return;
            }
            applyAndReport(tr("Queuing %n change(s)…", nullptr, int(selection.size())), selection,
                           [selection, day](AccessService &service) {
                               return service.setUntil(selection, day);
                           });
        });
    });
    dialog->open();
}

void SubscriptionsPage::revokeSelected()
{
    withSelection([this](const JobResult &loaded) {
        const QList<SelectedAccess> selection = loaded.selection;
        const int n = int(selection.size());
        if (!Prompter::instance().confirm(
                this, tr("Revoke access"),
                tr("Revoke %n access(es)? TradingView removes them at the next sync; the history "
                   "is kept and you can grant them again later.",
                   nullptr, n),
                tr("Revoke"))) {
            finish(tr("Nothing was revoked."));
            return;
        }
        applyAndReport(tr("Queuing %n revoke(s)…", nullptr, n), selection,
                       [selection](AccessService &service) { return service.revoke(selection); });
    });
}

void SubscriptionsPage::changePlanOfSelected()
{
    withSelection([this](const JobResult &loaded) {
        auto *dialog = new ChangePlanDialog(m_ctx.store(), loaded.selection, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const QList<SelectedAccess> selection = loaded.selection;
        connect(dialog, &QDialog::accepted, this, [this, dialog, selection] {
            if (!dialog->diff())
                return;
            const PlanChange::Diff diff = *dialog->diff();
            applyAndReport(tr("Queuing the change to %1…").arg(diff.target.name), selection,
                           [diff](AccessService &service) { return service.changePlan(diff); });
        });
        connect(dialog, &QDialog::rejected, this,
                [this] { finish(tr("The plan was not changed.")); });
        dialog->open();
    });
}

} // namespace pinedesk
