#include "SyncPage.h"

#include "BatchList.h"
#include "ReconciliationPanel.h"
#include "items/SyncQueueModel.h"
#include "jobs/JobRunner.h"
#include "services/ChangeFeed.h"
#include "services/QueueService.h"
#include "settings/AppSettings.h"
#include "sync/SyncEngine.h"
#include "tradingview/TvConnection.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

SyncPage::SyncPage(StoreContext context, QWidget *parent)
    : SyncPage(ConsoleContext{context.database, context.clock, context.actor, nullptr}, parent)
{}

SyncPage::SyncPage(ConsoleContext context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context.store())
    , m_feed(context.feed)
    , m_model(new SyncQueueModel(m_ctx, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_state(new QLabel(this))
    , m_message(new QLabel(this))
    , m_banner(new QWidget(this))
    , m_pacing(new QLabel(this))
    , m_leaseBanner(new QLabel(this))
    , m_pause(new QPushButton(tr("&Pause all"), this))
    , m_reloadTimer(new QTimer(this))
    , m_jobs(new JobRunner(m_ctx.database, this))
    , m_batches(new BatchList(context.services(), this))
    , m_reconciliation(new ReconciliationPanel(context.services(),
                                               context.tv ? context.tv->client() : nullptr, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Sync with TradingView"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    // Shown only while the session is expired: the one thing the vendor must do.
    auto *bannerLayout = new QHBoxLayout(m_banner);
    auto *bannerText = new QLabel(tr("The TradingView session expired. Syncing is paused and "
                                     "nothing is lost; paste a fresh session cookie to go on."),
                                  m_banner);
    bannerText->setWordWrap(true);
    auto *paste = new QPushButton(tr("Paste &new session…"), m_banner);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(paste);
    m_banner->setObjectName(u"sessionBanner"_s);
    m_banner->setStyleSheet(
        u"#sessionBanner { background: #b00020; } #sessionBanner QLabel { color: white; }"_s);
    m_banner->hide();
    layout->addWidget(m_banner);

    // Shown while another PineDesk (a `pinedesk sync` from cron, `serve`, another window) holds
    // the queue: this window waits, and takes over when that one stops.
    m_leaseBanner->setObjectName(u"leaseBanner"_s);
    m_leaseBanner->setWordWrap(true);
    m_leaseBanner->setFrameShape(QFrame::StyledPanel);
    m_leaseBanner->setMargin(8);
    m_leaseBanner->setAutoFillBackground(true);
    m_leaseBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_leaseBanner->setForegroundRole(QPalette::ToolTipText);
    m_leaseBanner->hide();
    layout->addWidget(m_leaseBanner);

    m_state->setObjectName(u"syncState"_s);
    m_state->setText(tr("Not connected"));
    m_pacing->setObjectName(u"syncPacing"_s);
    m_pacing->setToolTip(tr("How fast changes are sent to TradingView (Settings, Sync pacing)"));
    auto *status = new QHBoxLayout;
    status->addWidget(m_state);
    status->addWidget(m_pacing, 1, Qt::AlignRight);
    layout->addLayout(status);

    auto *buttons = new QHBoxLayout;
    auto *retry = new QPushButton(tr("&Retry failed"), this);
    retry->setToolTip(tr("Queues the selected failed changes again, or all of them when none is "
                         "selected."));
    auto *cancel = new QPushButton(tr("&Cancel selected"), this);
    m_pause->setObjectName(u"pauseButton"_s);
    retry->setObjectName(u"retryButton"_s);
    cancel->setObjectName(u"cancelButton"_s);
    buttons->addWidget(m_pause);
    buttons->addWidget(retry);
    buttons->addWidget(cancel);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_message->setObjectName(u"syncMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SyncQueueModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setObjectName(u"queueTable"_s);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_batches);
    lower->addWidget(m_reconciliation);
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 1);
    lower->setChildrenCollapsible(false);
    lower->setSizes({640, 340});
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(400);
    connect(m_reloadTimer, &QTimer::timeout, this, &SyncPage::reload);
    connect(m_pause, &QPushButton::clicked, this, &SyncPage::togglePause);
    connect(retry, &QPushButton::clicked, this, &SyncPage::retryFailed);
    connect(cancel, &QPushButton::clicked, this, &SyncPage::cancelSelected);
    connect(paste, &QPushButton::clicked, this, &SyncPage::newSessionRequested);
    connect(m_batches, &BatchList::changed, this, &SyncPage::showChange);
    connect(m_batches, &BatchList::loaded, this, [this] {
        if (!m_jobs->isRunning())
            Q_EMIT loaded();
    });
    connect(m_reconciliation, &ReconciliationPanel::fixesQueued, this,
            [this] { showChange(m_reconciliation->message()); });
    // Any queue change, from any page, service or the engine's outcomes, reloads this page.
    if (m_feed)
        m_feed->subscribe(this, Change::Queue | Change::SyncOutcome, [this] { scheduleReload(); });
    SyncConfig pacing;
    AppSettings().applyPacing(pacing);
    setPacing(pacing);
    reload();
}

void SyncPage::attach(SyncEngine *engine)
{
    m_engine = engine;
    connect(engine, &SyncEngine::stateChanged, this, &SyncPage::showState);
    connect(engine, &SyncEngine::leaseBusy, this, &SyncPage::showLeaseHolder);
    connect(engine, &SyncEngine::leaseAcquired, m_leaseBanner, &QWidget::hide);
    connect(engine, &SyncEngine::paceChanged, this, &SyncPage::showPace);
    connect(engine, &SyncEngine::rowFinished, this, &SyncPage::scheduleReload);
    connect(engine, &SyncEngine::queueDepthChanged, this, &SyncPage::scheduleReload);
    connect(engine, &SyncEngine::batchProgress, this, &SyncPage::scheduleReload);
    connect(engine, &SyncEngine::idle, this, &SyncPage::reload);
    showState(EngineState::Idle);
}

void SyncPage::showLeaseHolder(const LeaseHolder &holder)
{
    const QLocale locale;
    const QString who = holder.kind == u"gui"_s     ? tr("another PineDesk window")
                        : holder.kind == u"serve"_s ? tr("the automation server (pinedesk serve)")
                        : holder.kind == u"sync"_s  ? tr("a 'pinedesk sync' command")
                        : holder.kind.isEmpty()     ? tr("another PineDesk")
                                                    : holder.kind;
    m_leaseBanner->setText(
        tr("The queue is being applied by %1 (process %2 on %3, since %4). Changes you make "
           "here are queued and it applies them; this window takes over when it stops.")
            .arg(who)
            .arg(holder.pid)
            .arg(holder.host,
                 locale.toString(holder.acquiredAt.toLocalTime(), QLocale::ShortFormat)));
    m_leaseBanner->show();
}

void SyncPage::showPace(double writesPerSecond, int inFlight)
{
    const QLocale locale;
    m_pacing->setText(tr("Pace found: %1 changes a second, up to %n at once (between %2 and %3)",
                         nullptr, inFlight)
                          .arg(locale.toString(writesPerSecond, 'f', 1),
                               locale.toString(m_config.write.floor, 'g', 3),
                               locale.toString(m_config.write.ceiling, 'g', 3)));
}

void SyncPage::setPacing(const SyncConfig &config)
{
    m_config = config;
    const SyncConfig::Pace &w = config.write;
    const QLocale locale;
    m_pacing->setText(
        tr("Pacing: adapts between %1 and %2 changes a second, up to %n at once", nullptr,
           w.maxInFlight)
            .arg(locale.toString(w.floor, 'g', 3), locale.toString(w.ceiling, 'g', 3)));
}

QString SyncPage::pacingText() const
{
    return m_pacing->text();
}

void SyncPage::wakeEngine()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &SyncEngine::wake, Qt::QueuedConnection);
}

// A batch was paused, resumed or cancelled, or fixes were queued: the queue changed.
void SyncPage::showChange(const QString &message)
{
    m_message->setText(message);
    wakeEngine();
    reload();
}

QString SyncPage::message() const
{
    return m_message->text();
}

void SyncPage::scheduleReload()
{
    if (!m_reloadTimer->isActive())
        m_reloadTimer->start();
}

void SyncPage::reload()
{
    m_batches->reload();
    const StoreContext context = m_ctx;
    using Rows = Expected<QList<SyncQueueRow>>;
    m_jobs->run<Rows>([context](JobControl &) { return SyncQueueModel::fetch(context); },
                      [this](Rows rows) {
                          m_model->setFetched(std::move(rows));
                          m_proxy->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                                        m_table->horizontalHeader()->sortIndicatorOrder());
                          if (!m_batches->isLoading())
                              Q_EMIT loaded();
                      });
}

bool SyncPage::isLoading() const
{
    return m_jobs->isRunning() || m_batches->isLoading();
}

void SyncPage::showState(EngineState state)
{
    m_state->setText(EngineStateNames::displayName(state));
    m_banner->setVisible(state == EngineState::PausedSessionExpired);
    m_paused = state == EngineState::PausedByUser;
    m_pause->setText(m_paused ? tr("&Resume all") : tr("&Pause all"));
}

void SyncPage::togglePause()
{
    if (!m_engine)
        return;
    QMetaObject::invokeMethod(m_engine, m_paused ? &SyncEngine::resumeAll : &SyncEngine::pauseAll,
                              Qt::QueuedConnection);
}

void SyncPage::retryFailed()
{
    // The selected failed rows, or every failed row when nothing is selected.
    QueueService store({m_ctx, m_feed});
    const QList<qint64> selected = selectedRowIds();
    Expected<int> retried = 0;
    if (selected.isEmpty()) {
        retried = store.retryDead(std::nullopt);
    } else {
        int count = 0;
        for (qint64 id : selected) {
            const auto one = store.retryDead(id);
            if (!one) {
                retried = one;
                break;
            }
            count += *one;
        }
        if (retried)
            retried = count;
    }
    m_message->setText(retried ? tr("%n failed change(s) queued again.", nullptr, *retried)
                               : retried.error().message());
    wakeEngine();
    reload();
}

QList<qint64> SyncPage::selectedRowIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(SyncQueueModel::RowIdRole).toLongLong());
    return ids;
}

void SyncPage::cancelSelected()
{
    int cancelled = 0;
    QString problem;
    for (qint64 id : selectedRowIds()) {
        if (const Status s = QueueService({m_ctx, m_feed}).cancelRow(id); s)
            ++cancelled;
        else
            problem = s.error();
    }
    m_message->setText(cancelled > 0 ? tr("%n change(s) cancelled. What PineDesk intends is "
                                          "unchanged, so these clients now differ from "
                                          "TradingView until you change them again.",
                                          nullptr, cancelled)
                                     : (problem.isEmpty() ? tr("Select the waiting changes to "
                                                               "cancel.")
                                                          : problem));
    reload();
}

} // namespace pinedesk
