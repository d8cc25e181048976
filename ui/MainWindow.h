#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace pinedesk {

class Clock;
class Database;
class ConnectionStatus;
class DashboardPage;
class SyncEngine;
class SyncPage;

// The console's frame: the pages and the status bar. Pages own their behaviour; the window
// only hosts them and remembers its geometry.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database &database, const Clock &clock, QWidget *parent = nullptr);

    DashboardPage *dashboard() const { return m_dashboard; }
    ConnectionStatus *connectionStatus() const { return m_connection; }
    SyncPage *syncPage() const { return m_sync; }
    void showPage(int index);
    // Shows what the sync engine does in the status bar; refreshes the overview as it works.
    void attachSync(SyncEngine *engine, bool sandbox);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreWindowState();

    DashboardPage *m_dashboard = nullptr;
    ConnectionStatus *m_connection = nullptr;
    SyncPage *m_sync = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
};

} // namespace pinedesk
