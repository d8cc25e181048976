#include "MainWindow.h"

#include "NotificationButton.h"
#include "TrayNotifier.h"
#include "services/ChangeFeed.h"
#include "services/TeamChangeRelay.h"
#include "sync/EngineFeed.h"

#include "AutomationPage.h"
#include "CalendarPage.h"
#include "CampaignsPage.h"
#include "ClientsPage.h"
#include "ConnectionStatus.h"
#include "DashboardPage.h"
#include "IndicatorsPage.h"
#include "PaymentsPage.h"
#include "PlansPage.h"
#include "ReportsPage.h"
#include "SettingsPage.h"
#include "SubscriptionsPage.h"
#include "SyncPage.h"
#include "bulk/BulkWizard.h"
#include "charts/AnalyticsPage.h"
#include "logging/LogCategories.h"
#include "store/Database.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

MainWindow::MainWindow(ConsoleContext context, QWidget *parent)
    : QMainWindow(parent)
    , m_ctx(std::move(context))
{
    setWindowTitle(tr("PineDesk"));
    setObjectName(u"MainWindow"_s);

    // Pages follow the change feed: services announce what they committed, the engine its
    // outcomes. A window given no feed keeps one of its own.
    if (!m_ctx.feed)
        m_ctx.feed = new ChangeFeed(this);
    // On a team database the feed also carries what the other desktops commit.
    if (m_ctx.database.isPostgresql()) {
        auto *relay = new TeamChangeRelay(m_ctx.database, *m_ctx.feed, this);
        if (const Status s = relay->start(); !s)
            qCWarning(lcUi) << "no live updates from the team's other desktops:"
                            << s.error().detail();
    }
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setFixedWidth(170);
    m_pages = new QStackedWidget(this);
    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->addWidget(m_sidebar);
    row->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_dashboard = new DashboardPage(m_ctx.database, m_ctx.clock, this);
    addPage(Page::Overview, m_dashboard, tr("Overview"));
    m_clients = new ClientsPage(m_ctx, this);
    addPage(Page::Clients, m_clients, tr("Clients"));
    m_indicators = new IndicatorsPage(m_ctx, this);
    addPage(Page::Indicators, m_indicators, tr("Indicators"));
    m_plans = new PlansPage(m_ctx, this);
    addPage(Page::Plans, m_plans, tr("Plans"));
    m_subscriptions = new SubscriptionsPage(m_ctx, this);
    addPage(Page::Subscriptions, m_subscriptions, tr("Subscriptions"));
    m_payments = new PaymentsPage(m_ctx, this);
    addPage(Page::Payments, m_payments, tr("Payments"));
    m_calendar = new CalendarPage(m_ctx, this);
    addPage(Page::Calendar, m_calendar, tr("Calendar"));
    m_analytics = new AnalyticsPage(m_ctx, this);
    addPage(Page::Analytics, m_analytics, tr("Analytics"));
    m_sync = new SyncPage(m_ctx, this);
    addPage(Page::Sync, m_sync, tr("Sync"));
    addPage(Page::Reports, new ReportsPage(m_ctx, this), tr("Reports"));
    m_campaigns = new CampaignsPage(m_ctx, this);
    addPage(Page::Campaigns, m_campaigns, tr("Campaigns"));
    m_automation = new AutomationPage(m_ctx, this);
    addPage(Page::Automation, m_automation, tr("Automation"));
    m_settingsPage = new SettingsPage(m_ctx, m_settings, this);
    addPage(Page::Settings, m_settingsPage, tr("Settings"));
    connect(m_clients, &ClientsPage::bulkRequested, this, [this](const QStringList &usernames) {
        openBulkWizard(usernames, tr("%n selected client(s)", nullptr, int(usernames.size())));
    });
    connect(m_analytics, &AnalyticsPage::clientsRequested, this, [this](const ClientFilter &f) {
        m_clients->showClients(f);
        showPage(Page::Clients);
    });
    followChanges();
    connect(m_settingsPage, &SettingsPage::expiringDaysChanged, m_calendar,
            &CalendarPage::setExpiringWithinDays);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    buildMenus();
    m_connection = new ConnectionStatus(this);
    statusBar()->addWidget(m_connection, 1);
    if (m_ctx.tv)
        m_connection->attachConnection(m_ctx.tv);
    m_notifications = new NotificationButton(m_ctx, this);
    statusBar()->addPermanentWidget(m_notifications);
    connect(m_notifications, &NotificationButton::openRequested, this, &MainWindow::openTarget);
    auto *dbLabel =
        new QLabel(m_ctx.database.isPostgresql()
                       ? tr("Team database: %1 on %2, as %3 (%4)")
                             .arg(m_ctx.database.target().database, m_ctx.database.target().host,
                                  m_ctx.database.member().login,
                                  TeamRoleNames::displayName(m_ctx.database.member().role))
                       : tr("Database: %1").arg(QFileInfo(m_ctx.database.path()).fileName()),
                   this);
    dbLabel->setToolTip(m_ctx.database.target().toString());
    statusBar()->addPermanentWidget(dbLabel);

    restoreWindowState();
    m_dashboard->reload();
}

void MainWindow::followChanges()
{
    // Costly aggregates react at most every few seconds while the engine works through a batch.
    constexpr int heavyMs = 3000;
    ChangeFeed *feed = m_ctx.feed;
    feed->subscribe(
        m_dashboard,
        Change::Clients | Change::Accesses | Change::Payments | Change::Catalog | Change::Queue |
            Change::SyncOutcome,
        [this] { m_dashboard->reload(); }, heavyMs);
    feed->subscribe(
        m_clients, Change::Clients | Change::Accesses | Change::Catalog,
        [this] { m_clients->refresh(); }, 1000);
    feed->subscribe(
        m_indicators, Change::Catalog | Change::Accesses, [this] { m_indicators->reload(); }, 1000);
    feed->subscribe(m_plans, Change::Catalog, [this] { m_plans->reload(); });
    feed->subscribe(
        m_subscriptions,
        Change::Clients | Change::Accesses | Change::Catalog | Change::Queue | Change::SyncOutcome,
        [this] { m_subscriptions->reload(); }, heavyMs);
    feed->subscribe(
        m_calendar, Change::Accesses | Change::SyncOutcome, [this] { m_calendar->reload(); },
        heavyMs);
    feed->subscribe(
        m_analytics, Change::Clients | Change::Accesses | Change::Payments | Change::Catalog,
        [this] { m_analytics->reload(); }, heavyMs);
    feed->subscribe(
        m_campaigns, Change::Campaigns | Change::Payments | Change::Accesses,
        [this] { m_campaigns->reload(); }, heavyMs);
}

void MainWindow::addPage(Page page, QWidget *widget, const QString &title)
{
    m_pageWidgets.insert(page, widget);
    m_order.append(page);
    m_titles.append(title);
    m_sidebar->addItem(title);
    m_pages->addWidget(widget);
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *refresh = fileMenu->addAction(tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, m_dashboard, &DashboardPage::reload);
    connect(refresh, &QAction::triggered, m_sync, &SyncPage::reload);
    connect(refresh, &QAction::triggered, m_clients, &ClientsPage::refresh);
    connect(refresh, &QAction::triggered, m_indicators, &IndicatorsPage::reload);
    connect(refresh, &QAction::triggered, m_plans, &PlansPage::reload);
    connect(refresh, &QAction::triggered, m_calendar, &CalendarPage::reload);
    connect(refresh, &QAction::triggered, m_campaigns, &CampaignsPage::reload);
    connect(refresh, &QAction::triggered, m_subscriptions, &SubscriptionsPage::reload);
    connect(refresh, &QAction::triggered, m_automation, &AutomationPage::reload);
    connect(refresh, &QAction::triggered, m_payments, &PaymentsPage::reload);
    QAction *bulk = fileMenu->addAction(tr("&Bulk changes…"));
    bulk->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(bulk, &QAction::triggered, this, [this] { openBulkWizard(); });
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &MainWindow::quit);

    // Ctrl+1 .. Ctrl+9 reach the pages in sidebar order; Settings is Ctrl+, as usual.
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_order.size(); ++i) {
        QAction *go = viewMenu->addAction(m_titles[i]);
        if (m_order[i] == Page::Settings)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
        else if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        const Page page = m_order[i];
        connect(go, &QAction::triggered, this, [this, page] { showPage(page); });
    }
    viewMenu->addSeparator();
    QAction *notifications = viewMenu->addAction(tr("&Notifications"));
    notifications->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(notifications, &QAction::triggered, this, [this] { m_notifications->showList(); });
}

void MainWindow::showPage(Page page)
{
    const int row = int(m_order.indexOf(page));
    if (row >= 0)
        m_sidebar->setCurrentRow(row);
}

MainWindow::Page MainWindow::currentPage() const
{
    return m_order.value(m_sidebar->currentRow(), Page::Overview);
}

QWidget *MainWindow::openBulkWizard(const QStringList &usernames, const QString &audience)
{
    auto *wizard = new BulkWizard(m_ctx, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setSyncConfig(m_syncConfig);
    if (m_engine)
        wizard->attachEngine(m_engine);
    if (!usernames.isEmpty())
        wizard->setRecipients(usernames, audience);
    connect(wizard, &BulkWizard::batchQueued, this, [this] {
        if (m_engine)
            QMetaObject::invokeMethod(m_engine, &SyncEngine::wake, Qt::QueuedConnection);
    });
    wizard->show();
    return wizard;
}

void MainWindow::attachSync(SyncEngine *engine, bool sandbox)
{
    m_engine = engine;
    m_connection->attach(engine, sandbox);
    m_sync->attach(engine);
    setWindowTitle(sandbox ? tr("PineDesk (Sandbox)") : tr("PineDesk"));
    // The engine's outcomes are changes like any other; changes queued anywhere (a page, the
    // wizard, a service) are picked up at once rather than at the next poll.
    joinEngineToFeed(*engine, *m_ctx.feed);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1180, 760);
    restoreState(settings.value(u"window/state"_s).toByteArray());
    showPage(Page(settings.value(u"window/page"_s, int(Page::Overview)).toInt()));
}

void MainWindow::setTray(TrayNotifier *tray)
{
    m_tray = tray;
    connect(tray, &TrayNotifier::openRequested, this, &MainWindow::openTarget);
    connect(tray, &TrayNotifier::quitRequested, this, &MainWindow::quit);
    connect(m_notifications, &NotificationButton::arrived, tray, &TrayNotifier::show);
}

void MainWindow::openTarget(const QString &target)
{
    static const QHash<QString, Page> pages{
        {u"calendar"_s, Page::Calendar},     {u"sync"_s, Page::Sync},
        {u"automation"_s, Page::Automation}, {u"payments"_s, Page::Payments},
        {u"analytics"_s, Page::Analytics},   {u"settings"_s, Page::Settings}};
    if (const auto it = pages.constFind(target); it != pages.cend())
        showPage(*it);
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_tray && m_tray->keepsRunningOnClose() && !m_quitting) {
        hide(); // PineDesk goes on in the tray: the engine keeps working
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/page"_s, int(currentPage()));
    event->accept();
}

} // namespace pinedesk
