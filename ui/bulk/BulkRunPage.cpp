#include "BulkRunPage.h"

#include "jobs/JobRunner.h"
#include "services/AccessService.h"
#include "services/QueueService.h"

#include "Prompter.h"
#include "items/BulkResultsModel.h"
#include "sync/SyncEngine.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

constexpr int pollMs = 500;
constexpr double engineFreshSeconds = 3;

QString durationText(double seconds)
{
    const qint64 s = qint64(std::ceil(seconds));
    if (s < 60)
        return BulkRunPage::tr("%n second(s)", nullptr, int(s));
    if (s < 3600)
        return BulkRunPage::tr("%n minute(s)", nullptr, int((s + 59) / 60));
    return BulkRunPage::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

} // namespace

BulkRunPage::BulkRunPage(ConsoleContext context, BulkDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_ctx(std::move(context))
    , m_draft(draft)
    , m_model(new BulkResultsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_headline(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_pace(new QLabel(this))
    , m_engineState(new QLabel(this))
    , m_message(new QLabel(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_cancel(new QPushButton(tr("&Cancel waiting"), this))
    , m_retry(new QPushButton(tr("Retry &failed"), this))
    , m_export(new QPushButton(tr("&Export results…"), this))
    , m_tryAgain(new QPushButton(tr("&Try again"), this))
    , m_filter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_poll(new QTimer(this))
    , m_jobs(new JobRunner(m_ctx.database, this))
{
    setObjectName(u"bulkRunPage"_s);
    setTitle(tr("Run"));
    setSubTitle(tr("You can close this window: the changes keep going. Quitting PineDesk pauses "
                   "them until the next start."));
    setButtonText(QWizard::FinishButton, tr("C&lose"));
    m_clock.start();
    auto *layout = new QVBoxLayout(this);

    m_headline->setObjectName(u"runHeadline"_s);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    layout->addWidget(m_headline);
    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_counts->setObjectName(u"runCounts"_s);
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);
    auto *paceRow = new QHBoxLayout;
    m_pace->setObjectName(u"runPace"_s);
    m_engineState->setObjectName(u"engineState"_s);
    m_engineState->setWordWrap(true);
    m_engineState->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    paceRow->addWidget(m_pace, 1);
    paceRow->addWidget(m_engineState, 1);
    layout->addLayout(paceRow);

    auto *buttons = new QHBoxLayout;
    m_pause->setObjectName(u"pauseButton"_s);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_retry->setObjectName(u"retryButton"_s);
    m_export->setObjectName(u"exportButton"_s);
    for (QPushButton *b : {m_pause, m_cancel, m_retry, m_export}) {
        b->setEnabled(false);
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    m_tryAgain->setObjectName(u"tryAgainButton"_s);
    m_tryAgain->hide();
    buttons->addWidget(m_tryAgain);
    connect(m_tryAgain, &QPushButton::clicked, this, [this] {
        m_tryAgain->hide();
        m_started = false;
        initializePage();
    });
    buttons->addStretch(1);
    auto *filterLabel = new QLabel(tr("S&how:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(u"runFilter"_s);
    m_filter->addItem(tr("Everyone"), QString());
    m_filter->addItem(tr("Failed"), u"failed"_s);
    m_filter->addItem(tr("Waiting or sending"), u"waiting"_s);
    m_filter->addItem(tr("Done"), u"done"_s);
    m_filter->addItem(tr("No change"), u"nochange"_s);
    m_filter->addItem(tr("Cancelled"), u"cancelled"_s);
    m_filter->addItem(tr("Left out"), u"excluded"_s);
    buttons->addWidget(filterLabel);
    buttons->addWidget(m_filter);
    layout->addLayout(buttons);

    m_message->setObjectName(u"runMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BulkResultsModel::SortRole);
    m_proxy->setFilterRole(BulkResultsModel::FilterRole);
    m_table->setObjectName(u"runTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BulkResultsModel::Status, Qt::AscendingOrder); // failures first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(BulkResultsModel::Username, 150);
    m_table->setColumnWidth(BulkResultsModel::Change, 300);
    m_table->setColumnWidth(BulkResultsModel::Status, 90);
    layout->addWidget(m_table, 1);

    m_poll->setInterval(pollMs);
    connect(m_poll, &QTimer::timeout, this, &BulkRunPage::poll);
    connect(m_pause, &QPushButton::clicked, this, &BulkRunPage::togglePause);
    connect(m_cancel, &QPushButton::clicked, this, &BulkRunPage::cancelWaiting);
    connect(m_retry, &QPushButton::clicked, this, &BulkRunPage::retryFailed);
    connect(m_export, &QPushButton::clicked, this, &BulkRunPage::exportClicked);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const QString word = m_filter->currentData().toString();
        m_proxy->setFilterRegularExpression(
            word.isEmpty() ? QRegularExpression() : QRegularExpression(u"^"_s + word + u"$"_s));
    });
}

// The runner (a child) waits for a queueing still running: it commits or rolls back whole.
BulkRunPage::~BulkRunPage() = default;

bool BulkRunPage::isQueueing() const
{
    return m_jobs->isRunning();
}

void BulkRunPage::attachEngine(SyncEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    m_engineProgress.reset();
    if (!engine)
        return;
    connect(engine, &SyncEngine::stateChanged, this, &BulkRunPage::showEngineState);
    connect(engine, &SyncEngine::batchProgress, this, &BulkRunPage::engineProgress);
    connect(engine, &SyncEngine::idle, this, &BulkRunPage::poll);
}

void BulkRunPage::initializePage()
{
    if (m_started)
        return; // queued once; coming back here only shows the run
    m_started = true;
    m_headline->setText(tr("Queueing the changes…"));
    const ServiceContext context = m_ctx.services();
    const BulkRequest request = m_draft.request;
    const QStringList usernames = m_draft.usernames;
    const std::optional<Campaign> campaign = m_draft.campaign;
    m_jobs->run<Expected<BulkQueue::Outcome>>(
        [context, request, usernames, campaign](JobControl &) {
            return AccessService(context).queueBulk(request, usernames, campaign);
        },
        [this](const Expected<BulkQueue::Outcome> &outcome) { queued(outcome); });
    Q_EMIT completeChanged();
}

void BulkRunPage::queued(const Expected<BulkQueue::Outcome> &outcome)
{
    Q_EMIT completeChanged();
    if (!outcome) {
        m_headline->setText(tr("Nothing was queued: %1").arg(outcome.error()));
        m_tryAgain->show(); // the run is all or nothing: trying again is safe
        return;
    }
    m_batchId = outcome->batchId;
    m_model->setResults(BulkResults(m_batchId, outcome->plan, m_draft.excluded));
    QStringList parts{tr("%n change(s) queued as one batch.", nullptr, outcome->queued)};
    if (outcome->clientsCreated > 0)
        parts.append(tr("%n new client(s) added.", nullptr, outcome->clientsCreated));
    if (outcome->campaignId)
        parts.append(tr("Saved as the campaign \"%1\".").arg(m_draft.campaign->name));
    m_message->setText(parts.join(u' '));
    m_export->setEnabled(true);
    Q_EMIT batchQueued(m_batchId);
    wakeEngine();
    poll();
    m_poll->start();
    m_table->setFocus();
}

bool BulkRunPage::isComplete() const
{
    return !m_jobs->isRunning();
}

bool BulkRunPage::isFinished() const
{
    return m_batchId != 0 && m_model->results().isFinished();
}

void BulkRunPage::poll()
{
    if (m_batchId == 0)
        return;
    QString error;
    if (!m_model->refresh(m_ctx.store(), false, &error)) {
        m_message->setText(tr("The progress could not be read: %1").arg(error));
        return;
    }
    const BulkResults::Counts c = m_model->results().counts();
    m_meter.sample(double(m_clock.nsecsElapsed()) / 1e9, c.done + c.failed + c.cancelled);
    if (m_model->results().isFinished() && !m_finishedOnce) {
        // The end: read every row once more, so nothing written late is missed.
        m_model->refresh(m_ctx.store(), true, &error);
        m_finishedOnce = true;
        updateLabels();
        Q_EMIT runFinished();
        return;
    }
    if (!m_model->results().isFinished())
        m_finishedOnce = false;
    updateLabels();
}

void BulkRunPage::updateLabels()
{
    const BulkResults &r = m_model->results();
    const BulkResults::Counts c = r.counts();
    const qint64 over = c.done + c.failed + c.cancelled;
    if (r.isFinished()) {
        if (c.failed > 0)
            m_headline->setText(
                tr("Finished with failures: %1 done, %2 failed.").arg(c.done).arg(c.failed));
        else if (c.cancelled > 0)
            m_headline->setText(tr("Stopped: %1 done, %2 cancelled.").arg(c.done).arg(c.cancelled));
        else
            m_headline->setText(
                tr("Finished: all %n change(s) are on TradingView.", nullptr, int(c.done)));
    } else if (r.isPaused()) {
        m_headline->setText(tr("Paused: %1 of %2 changes done.").arg(over).arg(c.total));
    } else {
        m_headline->setText(tr("Sending: %1 of %2 changes done.").arg(over).arg(c.total));
    }
    m_progress->setRange(0, int(std::max<qint64>(1, c.total)));
    m_progress->setValue(int(over));

    int noChange = 0;
    int excluded = 0;
    for (int i = 0; i < r.users().size(); ++i) {
        const BulkResults::State s = r.state(i);
        noChange += s == BulkResults::State::NoChange ? 1 : 0;
        excluded += s == BulkResults::State::Excluded ? 1 : 0;
    }
    m_counts->setText(tr("Done %1 · Failed %2 · Waiting %3 · Sending %4 · Cancelled %5 · "
                         "Users with no change %6 · Left out %7")
                          .arg(c.done)
                          .arg(c.failed)
                          .arg(c.waiting)
                          .arg(c.inFlight)
                          .arg(c.cancelled)
                          .arg(noChange)
                          .arg(excluded));

    const double now = double(m_clock.nsecsElapsed()) / 1e9;
    double rate = m_meter.opsPerSecond();
    std::optional<double> eta = m_meter.etaSeconds(c.remaining());
    if (m_engineProgress && now - m_engineProgressAt < engineFreshSeconds &&
        m_engineProgress->opsPerSecond > 0) {
        rate = m_engineProgress->opsPerSecond;
        eta = double(c.remaining()) / rate;
    }
    if (r.isFinished())
        m_pace->clear();
    else if (r.isPaused() || rate <= 0 || !eta)
        m_pace->setText(tr("Time left: not known yet"));
    else
        m_pace->setText(tr("%1 changes/s · about %2 left")
                            .arg(QLocale().toString(rate, 'f', 1), durationText(*eta)));

    m_pause->setText(r.isPaused() ? tr("&Resume") : tr("&Pause"));
    m_pause->setEnabled(!r.isFinished() || r.isPaused());
    m_cancel->setEnabled(c.waiting > 0);
    m_retry->setEnabled(c.failed > 0);
}

void BulkRunPage::wakeEngine()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &SyncEngine::wake, Qt::QueuedConnection);
}

void BulkRunPage::togglePause()
{
    if (m_batchId == 0)
        return;
    const bool pause = !m_model->results().isPaused();
    if (const Status s = QueueService(m_ctx.services()).setBatchPaused(m_batchId, pause); !s) {
        m_message->setText(s.error());
        return;
    }
    m_message->setText(pause ? tr("Paused: changes already being sent finish, the rest wait.")
                             : tr("Resumed."));
    wakeEngine();
    poll();
}

void BulkRunPage::cancelWaiting()
{
    const qint64 waiting = m_model->results().counts().waiting;
    if (m_batchId == 0 || waiting == 0)
        return;
    if (!Prompter::instance().confirm(
            this, tr("Cancel waiting changes"),
            tr("Cancel the %n change(s) still waiting? What PineDesk intends stays as it is, so "
               "these users will differ from TradingView until you change them again.",
               nullptr, int(waiting)),
            tr("Cancel changes")))
        return;
    const auto cancelled = QueueService(m_ctx.services()).cancelWaiting(m_batchId);
    m_message->setText(cancelled ? tr("%n change(s) cancelled.", nullptr, *cancelled)
                                 : cancelled.error().message());
    poll();
}

void BulkRunPage::retryFailed()
{
    const auto retried = m_model->results().retryFailed(m_ctx.store());
    m_message->setText(retried ? tr("%n failed change(s) queued again.", nullptr, *retried)
                               : retried.error().message());
    wakeEngine();
    poll();
}

bool BulkRunPage::exportResults(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_message->setText(tr("%1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    if (const Status s = m_model->results().exportCsv(file); !s) {
        file.cancelWriting();
        m_message->setText(s.error());
        return false;
    }
    if (!file.commit()) {
        m_message->setText(tr("%1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    m_message->setText(tr("Results saved to %1.").arg(path));
    return true;
}

void BulkRunPage::exportClicked()
{
    const QString path = Prompter::instance().saveFile(this, tr("Export the results"),
                                                       u"bulk-results-%1.csv"_s.arg(m_batchId),
                                                       tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportResults(path);
}

void BulkRunPage::showEngineState(EngineState state)
{
    m_engineState->setText(tr("Sync: %1").arg(EngineStateNames::displayName(state)));
}

void BulkRunPage::engineProgress(const BatchProgress &progress)
{
    if (progress.batchId != m_batchId)
        return;
    m_engineProgress = progress;
    m_engineProgressAt = double(m_clock.nsecsElapsed()) / 1e9;
}

} // namespace pinedesk
