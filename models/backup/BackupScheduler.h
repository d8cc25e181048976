#pragma once

#include "BackupFile.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace pinedesk {

class Clock;
class Database;
class JobRunner;

// Takes the daily backup while PineDesk runs: at start and every hour it looks at the backup
// folder, and when the newest daily backup is a day old (or there is none) it takes one on a
// worker, then applies the retention. backUpNow() takes one at once (the Settings page's
// button). Outcomes arrive as signals; a failure is never silent.
class BackupScheduler final : public QObject
{
    Q_OBJECT

public:
    BackupScheduler(Database &database, const Clock &clock, std::function<QString()> folder,
                    QObject *parent = nullptr);
    ~BackupScheduler() override;

    // Checks now, then every hour.
    void start();
    void checkNow();
    void backUpNow();
    bool isRunning() const;
    // Where the backups go now (the setting can change while PineDesk runs).
    QString folder() const { return m_folder(); }

Q_SIGNALS:
    void backedUp(const pinedesk::BackupFile &file, int pruned);
    void failed(const QString &message);
    void runningChanged(bool running);

private:
    void run(bool onlyWhenDue);

    Database &m_database;
    const Clock &m_clock;
    std::function<QString()> m_folder;
    JobRunner *m_jobs;
    QTimer m_timer;
};

} // namespace pinedesk
