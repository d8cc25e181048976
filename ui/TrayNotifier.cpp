#include "TrayNotifier.h"

#include "settings/AppSettings.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTime>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

TrayNotifier::TrayNotifier(QMainWindow *window, const AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setToolTip(tr("PineDesk"));
    auto *menu = new QMenu(window);
    menu->addAction(tr("&Show PineDesk"), this, &TrayNotifier::showWindow);
    menu->addSeparator();
    menu->addAction(tr("&Quit"), this, &TrayNotifier::quitRequested);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    showWindow();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showWindow();
        if (!m_lastTarget.isEmpty())
            Q_EMIT openRequested(m_lastTarget);
    });
    m_tray->show();
}

bool TrayNotifier::keepsRunningOnClose() const
{
    return m_tray && m_settings.minimizeToTray();
}

void TrayNotifier::show(const QList<Notification> &notifications)
{
    if (!m_tray || notifications.isEmpty() || !m_settings.desktopNotifications() ||
        m_settings.isQuietAt(QTime::currentTime()))
        return;
    const Notification &newest = notifications.last();
    m_lastTarget = newest.target;
    const QString title =
        notifications.size() == 1
            ? newest.title()
            : tr("%1 (and %n more)", nullptr, int(notifications.size() - 1)).arg(newest.title());
    m_tray->showMessage(title, newest.text(),
                        newest.kind == Notification::Kind::Expiring ? QSystemTrayIcon::Information
                                                                    : QSystemTrayIcon::Warning,
                        10000);
}

void TrayNotifier::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace pinedesk
