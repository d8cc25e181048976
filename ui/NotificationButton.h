#pragma once

#include "ConsoleContext.h"
#include "reminders/Notification.h"

#include <QList>
#include <QTimer>
#include <QToolButton>

class QFrame;
class QLabel;
class QListWidget;

namespace pinedesk {

class JobRunner;
class NotificationService;

// The notification centre: a bell in the status bar with the unread count, opening the list of
// notifications (newest first, unread in bold); opening one marks it read and shows what it is
// about. It reads on a worker, at start, when asked and every minute (`serve` may have raised
// some), and hands the ones never shown on the desktop to whoever shows them (the tray).
class NotificationButton final : public QToolButton
{
    Q_OBJECT

public:
    explicit NotificationButton(ConsoleContext context, QWidget *parent = nullptr);

    int unreadCount() const { return m_unread; }
    const QList<Notification> &notifications() const { return m_list; }
    QListWidget *list() const { return m_listWidget; }

public Q_SLOTS:
    void refresh();
    void showList();
    void open(qint64 id);
    void markAllRead();

Q_SIGNALS:
    void openRequested(const QString &target); // "calendar", "sync", "automation", "settings"
    void arrived(const QList<pinedesk::Notification> &notifications); // new for the desktop
    void refreshed();

private:
    void fill();
    void write(std::function<Status(NotificationService)> change, bool thenRefresh);

    ConsoleContext m_ctx;
    JobRunner *m_jobs;   // reads
    JobRunner *m_writes; // marks read and shown; never cancelled by a read
    QTimer m_timer;
    QFrame *m_popup;
    QListWidget *m_listWidget;
    QLabel *m_empty;
    QList<Notification> m_list;
    int m_unread = 0;
};

} // namespace pinedesk
