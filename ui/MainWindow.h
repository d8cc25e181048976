#pragma once

#include <QMainWindow>

namespace pinedesk {

class Clock;
class Database;
class ConnectionStatus;
class DashboardPage;
class SyncEngine;

// The console's frame: the pages and the status bar. Pages own their behaviour; the window
// only hosts them and remembers its geometry.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database &database, const Clock &clock, QWidget *parent = nullptr);

    DashboardPage *dashboard() const { return m_dashboard; }
    ConnectionStatus *connectionStatus() const { return m_connection; }
    // Shows what the sync engine does in the status bar; refreshes the overview as it works.
    void attachSync(SyncEngine *engine, bool sandbox);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreWindowState();

    DashboardPage *m_dashboard = nullptr;
    ConnectionStatus *m_connection = nullptr;
};

} // namespace pinedesk
