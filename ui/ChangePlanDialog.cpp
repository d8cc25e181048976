#include "ChangePlanDialog.h"

#include "services/CatalogService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QString namesOf(const QList<PlanChange::Item> &items)
{
    QStringList names;
    for (const PlanChange::Item &i : items)
        names.append(i.indicatorName);
    return names.join(u", "_s);
}

QTableWidgetItem *countItem(const QList<PlanChange::Item> &items)
{
    auto *item = new QTableWidgetItem(items.isEmpty() ? QString() : QString::number(items.size()));
    item->setToolTip(namesOf(items));
    item->setTextAlignment(Qt::AlignCenter);
    return item;
}

} // namespace

ChangePlanDialog::ChangePlanDialog(StoreContext context, QList<SelectedAccess> selection,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ctx(std::move(context))
    , m_selection(std::move(selection))
    , m_plans(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_lifetime(new QLabel(this))
    , m_clients(new QTableWidget(this))
    , m_queue(new QPushButton(tr("&Queue changes"), this))
{
    m_jobs = new JobRunner(m_ctx.database, this);
    setWindowTitle(tr("Change plan"));
    setObjectName(u"changePlanDialog"_s);
    resize(720, 480);
    auto *layout = new QVBoxLayout(this);

    QSet<qint64> clients;
    for (const SelectedAccess &a : std::as_const(m_selection))
        clients.insert(a.clientId);
    auto *intro = new QLabel(tr("Move %n client(s) to another plan. Indicators of the new plan are "
                                "granted or extended by its duration, indicators only the old "
                                "plan had are revoked.",
                                nullptr, int(clients.size())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_plans->setObjectName(u"planChoice"_s);
    m_plans->setPlaceholderText(tr("Choose a plan…"));
    const auto plans = CatalogService(m_ctx).plans();
    for (const Plan &plan : plans ? *plans : QList<Plan>()) {
        m_plans->addItem(tr("%1 (%2, %n indicator(s))", nullptr, int(plan.indicatorIds.size()))
                             .arg(plan.name, plan.duration.displayText()),
                         plan.id);
    }
    m_plans->setCurrentIndex(-1);
    form->addRow(tr("&New plan:"), m_plans);
    layout->addLayout(form);

    m_summary->setObjectName(u"planSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setText(plans ? tr("Choose the plan to see what changes for each client.")
                             : tr("The plans could not be read: %1").arg(plans.error()));
    layout->addWidget(m_summary);
    m_lifetime->setObjectName(u"lifetimeWarning"_s);
    m_lifetime->setWordWrap(true);
    QFont bold = m_lifetime->font();
    bold.setBold(true);
    m_lifetime->setFont(bold);
    m_lifetime->hide();
    layout->addWidget(m_lifetime);

    m_clients->setObjectName(u"clientDiffs"_s);
    m_clients->setColumnCount(6);
    m_clients->setHorizontalHeaderLabels({tr("Client"), tr("From plan"), tr("Grants"),
                                          tr("Extensions"), tr("Revokes"), tr("Lifetime")});
    m_clients->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_clients->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clients->verticalHeader()->hide();
    m_clients->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_clients, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_queue->setObjectName(u"queueButton"_s);
    m_queue->setEnabled(false);
    buttons->addButton(m_queue, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_plans, &QComboBox::currentIndexChanged, this, &ChangePlanDialog::compute);
    m_plans->setFocus();
}

ChangePlanDialog::~ChangePlanDialog()
{
    delete m_jobs; // waits for a diff still being worked out
}

void ChangePlanDialog::choosePlan(qint64 planId)
{
    m_plans->setCurrentIndex(m_plans->findData(planId));
}

void ChangePlanDialog::compute()
{
    m_diff.reset();
    m_queue->setEnabled(false);
    // A diff still being worked out for the previous plan is stale now: it is dropped.
    m_jobs->cancel();
    const QVariant plan = m_plans->currentData();
    if (!plan.isValid())
        return;
    m_summary->setText(tr("Working out the changes…"));
    m_lifetime->hide();
    m_clients->setRowCount(0);
    const StoreContext context = m_ctx;
    const QList<SelectedAccess> selection = m_selection;
    const qint64 planId = plan.toLongLong();
    m_jobs->run<Expected<PlanChange::Diff>>(
        [context, selection, planId](JobControl &) {
            return PlanChange(context).compute(selection, planId);
        },
        [this](const Expected<PlanChange::Diff> &result) { showDiff(result); });
}

void ChangePlanDialog::showDiff(const Expected<PlanChange::Diff> &result)
{
    if (!result) {
        m_summary->setText(tr("The changes could not be worked out: %1").arg(result.error()));
        Q_EMIT diffShown();
        return;
    }
    const PlanChange::Diff &diff = *result;
    m_diff = diff;
    if (diff.isEmpty()) {
        m_summary->setText(tr("Nothing would change: these clients already hold %1 as it "
                              "stands.")
                               .arg(diff.target.name));
    } else {
        const QStringList parts{tr("%n grant(s)", nullptr, diff.grantCount()),
                                tr("%n extension(s)", nullptr, diff.extensionCount()),
                                tr("%n revoke(s)", nullptr, diff.revokeCount())};
        m_summary->setText(
            tr("Moving %n client(s) to %1 (%2): %3.", nullptr, int(diff.clients.size()))
                .arg(diff.target.name, diff.target.duration.displayText(), parts.join(u", "_s)));
    }
    const int holders = diff.lifetimeClientCount();
    const int lost = diff.lifetimeRevokeCount();
    if (holders > 0) {
        const QString who = tr("%n of these client(s) hold lifetime access.", nullptr, holders);
        const QString what =
            lost > 0 ? tr("%n lifetime access(es) would be revoked: those clients lose access "
                          "they were given for life.",
                          nullptr, lost)
                     : tr("Their lifetime accesses stay lifetime.");
        m_lifetime->setText(QString(who + u' ' + what));
        m_lifetime->show();
    } else {
        m_lifetime->hide();
    }
    listClients(diff);
    m_queue->setEnabled(!diff.isEmpty());
    Q_EMIT diffShown();
}

void ChangePlanDialog::listClients(const PlanChange::Diff &diff)
{
    // Lifetime holders first: they are the ones to look at.
    QList<const PlanChange::ClientDiff *> order;
    for (const PlanChange::ClientDiff &c : diff.clients)
        order.append(&c);
    std::stable_sort(order.begin(), order.end(), [](const auto *a, const auto *b) {
        return a->holdsLifetime() && !b->holdsLifetime();
    });
    const int rows = int(qMin<qsizetype>(order.size(), maxListedClients));
    m_clients->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const PlanChange::ClientDiff &c = *order[row];
        const QString who = c.clientName.isEmpty()
                                ? c.tvUsername
                                : QString(c.tvUsername + u" (" + c.clientName + u')');
        m_clients->setItem(row, 0, new QTableWidgetItem(who));
        m_clients->setItem(row, 1,
                           new QTableWidgetItem(c.fromPlans.isEmpty() ? tr("No plan")
                                                                      : c.fromPlans.join(u", "_s)));
        m_clients->setItem(row, 2, countItem(c.grants));
        m_clients->setItem(row, 3, countItem(c.extensions));
        m_clients->setItem(row, 4, countItem(c.revokes));
        QString lifetime;
        if (c.lifetimeRevokes() > 0)
            lifetime = tr("Loses %n", nullptr, c.lifetimeRevokes());
        else if (!c.keptLifetime.isEmpty())
            lifetime = tr("Keeps %n", nullptr, int(c.keptLifetime.size()));
        auto *flag = new QTableWidgetItem(lifetime);
        flag->setToolTip(namesOf(c.keptLifetime));
        if (c.lifetimeRevokes() > 0) {
            QFont font = flag->font();
            font.setBold(true);
            flag->setFont(font);
        }
        m_clients->setItem(row, 5, flag);
    }
    if (order.size() > rows) {
        m_summary->setText(
            QString(m_summary->text() + u' ' + tr("The first %1 clients are listed.").arg(rows)));
    }
    m_clients->resizeColumnsToContents();
    m_clients->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

} // namespace pinedesk
