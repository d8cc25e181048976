#include "ReconciliationPanel.h"

#include "services/AccessService.h"

#include "Prompter.h"
#include "store/Database.h"
#include "tradingview/TradingViewClient.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

using Kind = ReconciliationReport::Kind;
const Kind kinds[] = {Kind::Missing, Kind::Unexpected, Kind::UnknownUser, Kind::ExpirationMismatch,
                      Kind::LifetimeMismatch};

} // namespace

ReconciliationPanel::ReconciliationPanel(ServiceContext context, TradingViewClient *client,
                                         QWidget *parent)
    : QGroupBox(tr("Reconciliation"), parent)
    , m_ctx(std::move(context))
    , m_client(client)
    , m_summary(new QLabel(this))
    , m_errors(new QLabel(this))
    , m_message(new QLabel(this))
    , m_reconcile(new QPushButton(tr("Reconcile n&ow"), this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_unknown(new QComboBox(this))
    , m_queue(new QPushButton(tr("&Queue these fixes"), this))
{
    m_jobs = new JobRunner(m_ctx.store.database, this);
    setObjectName(u"reconciliationPanel"_s);
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(u"reconcileSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *form = new QFormLayout;
    for (Kind kind : kinds) {
        auto *count = new QLabel(this);
        count->setObjectName(u"drift_"_s + ReconciliationReport::kindName(kind));
        form->addRow(QString(ReconciliationReport::kindDisplayName(kind) + u':'), count);
        m_counts.insert(int(kind), count);
    }
    layout->addLayout(form);
    m_errors->setObjectName(u"reconcileErrors"_s);
    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_errors);

    m_reconcile->setObjectName(u"reconcileButton"_s);
    m_reconcile->setToolTip(tr("List every script's users on TradingView and compare them with "
                               "what PineDesk intends. Nothing is changed."));
    m_stop->setObjectName(u"stopReconcileButton"_s);
    auto *run = new QHBoxLayout;
    run->addWidget(m_reconcile);
    run->addWidget(m_stop);
    run->addStretch(1);
    layout->addLayout(run);

    m_unknown->setObjectName(u"unknownUsers"_s);
    m_unknown->addItem(tr("Leave them alone"), int(Reconciler::UnknownUsers::Leave));
    m_unknown->addItem(tr("Record them as clients"), int(Reconciler::UnknownUsers::Adopt));
    m_unknown->addItem(tr("Remove their access"), int(Reconciler::UnknownUsers::Remove));
    m_unknown->setToolTip(tr("What to do with people who hold access on TradingView but are not "
                             "clients in PineDesk"));
    auto *unknownLabel = new QLabel(tr("&Users who are not clients:"), this);
    unknownLabel->setBuddy(m_unknown);
    m_queue->setObjectName(u"queueFixesButton"_s);
    m_queue->setToolTip(tr("Queue the changes that make TradingView match PineDesk"));
    auto *fix = new QHBoxLayout;
    fix->addWidget(unknownLabel);
    fix->addWidget(m_unknown, 1);
    layout->addLayout(fix);
    auto *fixButtons = new QHBoxLayout;
    fixButtons->addWidget(m_queue);
    fixButtons->addStretch(1);
    layout->addLayout(fixButtons);
    m_message->setObjectName(u"reconcileMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_reconcile, &QPushButton::clicked, this, &ReconciliationPanel::reconcileNow);
    connect(m_stop, &QPushButton::clicked, this, &ReconciliationPanel::stop);
    connect(m_queue, &QPushButton::clicked, this, &ReconciliationPanel::queueFixes);
    loadLatest();
}

void ReconciliationPanel::showFixes(const Expected<Reconciler::Fixes> &fixes)
{
    m_queueing = false;
    if (!fixes) {
        m_message->setText(tr("The fixes could not be queued: %1").arg(fixes.error()));
    } else {
        m_fixesQueued = true;
        m_message->setText(
            fixes->queued > 0
                ? tr("%n fix(es) queued in the batch \"Reconciliation fixes\".", nullptr,
                     fixes->queued)
                : tr("Nothing to queue: the differences left concern users who are not "
                     "clients, and they are left alone."));
        Q_EMIT fixesQueued(fixes->batchId, fixes->queued);
    }
    updateButtons();
}

ReconciliationPanel::~ReconciliationPanel()
{
    // The reconciler belongs to the client, which may outlive this panel: it stops at its next
    // answer and then deletes itself; its callback no longer reaches this panel.
    if (Reconciler *running = m_reconciler.data())
        running->cancel();
    delete m_jobs; // waits for fixes still being queued
}

QString ReconciliationPanel::summary() const
{
    return m_summary->text();
}

QString ReconciliationPanel::message() const
{
    return m_message->text();
}

Reconciler::UnknownUsers ReconciliationPanel::unknownUsers() const
{
    return Reconciler::UnknownUsers(m_unknown->currentData().toInt());
}

void ReconciliationPanel::setUnknownUsers(Reconciler::UnknownUsers choice)
{
    m_unknown->setCurrentIndex(m_unknown->findData(int(choice)));
}

void ReconciliationPanel::loadLatest()
{
    if (m_reconciler)
        return;
    m_report = AccessService(m_ctx).lastReconciliation();
    m_fixesQueued = false;
    m_fresh = false;
    showReport();
}

void ReconciliationPanel::showReport()
{
    const QLocale locale;
    if (!m_report) {
        m_summary->setText(tr("TradingView has not been compared with PineDesk yet. Reconcile "
                              "to see whether every client holds exactly what PineDesk intends."));
    } else {
        const ReconciliationReport &r = *m_report;
        m_summary->setText(
            tr("Last checked %1: %n script(s), ", nullptr, r.scriptsChecked)
                .arg(locale.toString(r.finishedAt.toLocalTime(), QLocale::ShortFormat)) +
            tr("%n grant(s) on TradingView, ", nullptr, r.grantsOnServer) +
            (r.drifts.isEmpty() ? tr("no difference.")
                                : tr("%n difference(s).", nullptr, int(r.drifts.size()))));
    }
    for (Kind kind : kinds)
        m_counts[int(kind)]->setText(m_report ? locale.toString(m_report->count(kind)) : u"–"_s);
    m_errors->setVisible(m_report && !m_report->errors.isEmpty());
    if (m_report && !m_report->errors.isEmpty())
        m_errors->setText(
            tr("%n script(s) could not be checked:", nullptr, int(m_report->errors.size())) +
            u'\n' + m_report->errors.join(u'\n'));
    updateButtons();
}

void ReconciliationPanel::updateButtons()
{
    const bool running = m_reconciler;
    m_reconcile->setEnabled(m_client && !running && !m_queueing);
    m_reconcile->setToolTip(m_client ? tr("List every script's users on TradingView and compare "
                                          "them with what PineDesk intends. Nothing is changed.")
                                     : tr("Needs a connection to TradingView."));
    m_stop->setVisible(running);
    const bool fixable = m_report && !m_report->drifts.isEmpty() && m_report->canQueueFixes() &&
                         !m_fixesQueued && m_fresh;
    m_queue->setEnabled(fixable && !running && !m_queueing);
    m_queue->setToolTip(m_report && !m_fresh
                            ? tr("This report is from an earlier session: reconcile again before "
                                 "queueing fixes.")
                            : QString());
    m_unknown->setEnabled(fixable && m_report->count(Kind::UnknownUser) > 0);
}

void ReconciliationPanel::reconcileNow()
{
    TradingViewClient *client = m_client.data();
    if (!client || m_reconciler || m_queueing)
        return;
    m_message->setText(tr("Listing the scripts' users on TradingView…"));
    // Parented to the client, whose callbacks it waits for: it must not outlive it.
    auto *reconciler = new Reconciler(m_ctx.store, *client, client);
    m_reconciler = reconciler;
    connect(reconciler, &Reconciler::progress, this, [this](int done, int total) {
        m_message->setText(tr("Checked %1 of %n script(s)…", nullptr, total).arg(done));
    });
    QPointer<ReconciliationPanel> self(this);
    updateButtons();
    reconciler->run([self, reconciler](const ReconciliationReport &report) {
        reconciler->deleteLater();
        if (ReconciliationPanel *panel = self.data())
            panel->reconciliationFinished(report);
    });
}

void ReconciliationPanel::reconciliationFinished(const ReconciliationReport &report)
{
    m_reconciler = nullptr;
    if (std::exchange(m_stopped, false)) {
        m_message->setText(tr("Reconciliation stopped; nothing was saved."));
        updateButtons();
        return;
    }
    m_report = report;
    m_fixesQueued = false;
    m_fresh = true;
    if (!report.errors.isEmpty())
        m_message->setText(tr("Some scripts could not be checked (see above); the differences "
                              "shown are for the others."));
    else if (report.drifts.isEmpty())
        m_message->setText(tr("TradingView matches PineDesk."));
    else
        m_message->setText(tr("Review the differences, then queue the fixes if they are what "
                              "you want."));
    showReport();
    Q_EMIT reconciled();
}

void ReconciliationPanel::stop()
{
    Reconciler *running = m_reconciler.data();
    if (!running)
        return;
    m_stopped = true;
    running->cancel();
    m_message->setText(tr("Stopping after the current script…"));
}

void ReconciliationPanel::queueFixes()
{
    if (!m_report || m_report->drifts.isEmpty() || m_queueing || m_reconciler)
        return;
    const Reconciler::UnknownUsers choice = unknownUsers();
    const int unknown = m_report->count(Kind::UnknownUser);
    if (choice == Reconciler::UnknownUsers::Remove && unknown > 0 &&
        !Prompter::instance().confirm(
            this, tr("Remove access"),
            tr("Remove the access of %n user(s) who are not clients? They lose the scripts on "
               "TradingView when the queue runs.",
               nullptr, unknown),
            tr("Remove access"))) {
        return;
    }
    m_queueing = true;
    m_message->setText(tr("Queueing the fixes…"));
    updateButtons();
    const ServiceContext context = m_ctx;
    const ReconciliationReport report = *m_report;
    m_jobs->run<Expected<Reconciler::Fixes>>(
        [context, report, choice](JobControl &) {
            return AccessService(context).queueFixes(report, choice);
        },
        [this](const Expected<Reconciler::Fixes> &fixes) { showFixes(fixes); });
}

} // namespace pinedesk
