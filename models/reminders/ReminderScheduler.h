#pragma once

#include "ExpiryAlerts.h"
#include "mail/MailDrain.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace pinedesk {

class Clock;
class Database;
class JobRunner;

// Keeps the vendor and the clients told while PineDesk (the window or `serve`) runs: at start
// and every hour, on a worker, it announces the accesses about to end (ExpiryAlerts), raises
// the notifications for what waits (NotificationSweep) and sends the e-mail outbox when a mail
// server is set. Outcomes arrive as signals; a failure is never silent.
class ReminderScheduler final : public QObject
{
    Q_OBJECT

public:
    ReminderScheduler(Database &database, const Clock &clock, QObject *parent = nullptr);
    ~ReminderScheduler() override;

    void start(); // checks now, then every hour
    void checkNow();
    bool isRunning() const;

public Q_SLOTS:
    void setMailPassword(const QByteArray &password) { m_password = password; }

Q_SIGNALS:
    // What the run did: accesses announced, notifications raised, e-mails sent.
    void ran(int announced, int notifications, int emailsSent);
    void failed(const QString &message);

private:
    Database &m_database;
    const Clock &m_clock;
    JobRunner *m_jobs;
    QTimer m_timer;
    QByteArray m_password;
};

} // namespace pinedesk
