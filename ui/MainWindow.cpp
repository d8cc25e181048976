#include "MainWindow.h"

#include "ConnectionStatus.h"
#include "DashboardPage.h"
#include "SyncPage.h"
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

MainWindow::MainWindow(Database &database, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("PineDesk"));
    setObjectName(u"MainWindow"_s);

    m_dashboard = new DashboardPage(database, clock, this);
    m_sync = new SyncPage({database, clock, u"gui:"_s + qEnvironmentVariable("USER")}, this);
    // Pages in a sidebar; more arrive with the console (clients, catalog, plans, ...).
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->addItems({tr("Overview"), tr("Sync")});
    m_sidebar->setFixedWidth(160);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_sync);
    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->addWidget(m_sidebar);
    row->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *refresh = fileMenu->addAction(tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, m_dashboard, &DashboardPage::reload);
    connect(refresh, &QAction::triggered, m_sync, &SyncPage::reload);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    const QString names[] = {tr("&Overview"), tr("&Sync")};
    for (int i = 0; i < 2; ++i) {
        QAction *go = viewMenu->addAction(names[i]);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { showPage(i); });
    }
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_connection = new ConnectionStatus(this);
    statusBar()->addWidget(m_connection);
    auto *dbLabel = new QLabel(tr("Database: %1").arg(QFileInfo(database.path()).fileName()), this);
    dbLabel->setToolTip(database.path());
    statusBar()->addPermanentWidget(dbLabel);

    restoreWindowState();
    m_dashboard->reload();
}

void MainWindow::showPage(int index)
{
    m_sidebar->setCurrentRow(index);
}

void MainWindow::attachSync(SyncEngine *engine, bool sandbox)
{
    m_connection->attach(engine, sandbox);
    m_sync->attach(engine);
    setWindowTitle(sandbox ? tr("PineDesk (Sandbox)") : tr("PineDesk"));
    // When the engine settles, the overview's figures (changes waiting) are stale.
    connect(engine, &SyncEngine::idle, m_dashboard, &DashboardPage::reload);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(u"window/state"_s).toByteArray());
    showPage(qBound(0, settings.value(u"window/page"_s).toInt(), m_pages->count() - 1));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/page"_s, m_sidebar->currentRow());
    event->accept();
}

} // namespace pinedesk
