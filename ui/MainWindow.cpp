#include "MainWindow.h"

#include "ConnectionStatus.h"
#include "DashboardPage.h"
#include "store/Database.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

MainWindow::MainWindow(Database &database, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("PineDesk"));
    setObjectName(u"MainWindow"_s);

    m_dashboard = new DashboardPage(database, clock, this);
    setCentralWidget(m_dashboard);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *refresh = fileMenu->addAction(tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, m_dashboard, &DashboardPage::reload);
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

void MainWindow::attachSync(SyncEngine *engine, bool sandbox)
{
    m_connection->attach(engine, sandbox);
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
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    event->accept();
}

} // namespace pinedesk
