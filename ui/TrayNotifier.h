#pragma once

#include "reminders/Notification.h"

#include <QList>
#include <QObject>

class QMainWindow;
class QSystemTrayIcon;

namespace pinedesk {

class AppSettings;

// PineDesk in the system tray (freedesktop notifications on Linux): new notifications pop up
// on the desktop unless turned off or in the quiet hours; a click shows the window on what it
// is about. With "minimise to tray", closing the window keeps PineDesk (and its engine)
// running there. Does nothing where the desktop has no tray.
class TrayNotifier final : public QObject
{
    Q_OBJECT

public:
    TrayNotifier(QMainWindow *window, const AppSettings &settings, QObject *parent = nullptr);

    bool isAvailable() const { return m_tray != nullptr; }
    // Whether closing the window should hide it in the tray instead of quitting.
    bool keepsRunningOnClose() const;

public Q_SLOTS:
    void show(const QList<pinedesk::Notification> &notifications);
    void showWindow();

Q_SIGNALS:
    void openRequested(const QString &target);
    void quitRequested();

private:
    QMainWindow *m_window;
    const AppSettings &m_settings;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastTarget;
};

} // namespace pinedesk
