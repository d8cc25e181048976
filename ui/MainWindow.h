#pragma once

#include "ConsoleContext.h"
#include "settings/AppSettings.h"
#include "sync/SyncConfig.h"

#include <QHash>
#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace pinedesk {

class AnalyticsPage;
class CalendarPage;
class AutomationPage;
class NotificationButton;
class TrayNotifier;
class PaymentsPage;
class CampaignsPage;
class ClientsPage;
class IndicatorsPage;
class PlansPage;
class SettingsPage;
class SubscriptionsPage;
class ConnectionStatus;
class DashboardPage;
class SyncEngine;
class SyncPage;

// The console's frame: a sidebar of pages and the status bar. Pages own their behaviour; the
// window only hosts them, offers the shortcuts to reach them and remembers its geometry.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page {
        Overview,
        Clients,
        Indicators,
        Plans,
        Subscriptions,
        Calendar,
        Sync,
        Reports,
        Settings,
        Campaigns,
        Automation,
        Payments,
        Analytics
    };

    explicit MainWindow(ConsoleContext context, QWidget *parent = nullptr);

    DashboardPage *dashboard() const { return m_dashboard; }
    ConnectionStatus *connectionStatus() const { return m_connection; }
    SyncPage *syncPage() const { return m_sync; }
    ClientsPage *clientsPage() const { return m_clients; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    AutomationPage *automationPage() const { return m_automation; }
    NotificationButton *notificationButton() const { return m_notifications; }
    // Desktop notifications and "minimise to tray" (closing hides the window in the tray).
    void setTray(TrayNotifier *tray);
    // Shows what a notification is about ("calendar", "sync", "automation", "settings").
    void openTarget(const QString &target);
    // The page widget, or nullptr when this build has no such page.
    QWidget *page(Page page) const { return m_pageWidgets.value(page); }
    void showPage(Page page);
    Page currentPage() const;
    // Shows what the sync engine does in the status bar; refreshes the overview as it works.
    void attachSync(SyncEngine *engine, bool sandbox);
    // The pacing the engine runs with (the bulk wizard paces its username checks with it).
    void setSyncConfig(const SyncConfig &config) { m_syncConfig = config; }

public Q_SLOTS:
    // Quits even when closing would only hide the window in the tray.
    void quit();
    // Opens the bulk wizard, with these clients as the recipients when given.
    QWidget *openBulkWizard(const QStringList &usernames = {}, const QString &audience = {});

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page page, QWidget *widget, const QString &title);
    void buildMenus();
    void followChanges();
    void restoreWindowState();

    ConsoleContext m_ctx;
    DashboardPage *m_dashboard = nullptr;
    ConnectionStatus *m_connection = nullptr;
    SyncPage *m_sync = nullptr;
    ClientsPage *m_clients = nullptr;
    IndicatorsPage *m_indicators = nullptr;
    PlansPage *m_plans = nullptr;
    CalendarPage *m_calendar = nullptr;
    AnalyticsPage *m_analytics = nullptr;
    CampaignsPage *m_campaigns = nullptr;
    AutomationPage *m_automation = nullptr;
    PaymentsPage *m_payments = nullptr;
    SubscriptionsPage *m_subscriptions = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    NotificationButton *m_notifications = nullptr;
    TrayNotifier *m_tray = nullptr;
    bool m_quitting = false;
    AppSettings m_settings;
    SyncEngine *m_engine = nullptr;
    SyncConfig m_syncConfig;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QHash<Page, QWidget *> m_pageWidgets;
    QList<Page> m_order; // sidebar row -> page
    QStringList m_titles;
};

} // namespace pinedesk
