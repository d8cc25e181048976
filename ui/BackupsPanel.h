#pragma once

#include "backup/BackupFile.h"

#include <QGroupBox>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pinedesk {

class BackupScheduler;
class JobRunner;
class Database;

// The Settings page's backups: the list of backups in the folder (when, why, size, and what
// each holds, read on a worker), "Back up now", and "Restore…", which asks first and restores
// at the next start (PineDesk restarts: the database must be closed to be replaced).
class BackupsPanel final : public QGroupBox
{
    Q_OBJECT

public:
    BackupsPanel(Database &database, QWidget *parent = nullptr);

    // The scheduler that takes the backups (set once by the application).
    void setScheduler(BackupScheduler *scheduler);
    void setFolder(const QString &folder);
    QString message() const;
    const QList<BackupFile> &backups() const { return m_backups; }
    bool isLoading() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // The vendor confirmed restoring this backup: restart and restore it.
    void restoreRequested(const QString &backupPath);
    void loaded();

private:
    void showBackups(const QList<BackupFile> &backups, const QString &error);
    void restoreSelected();
    void updateButtons();
    static QString reasonText(const QString &reason);

    QString m_folder;
    BackupScheduler *m_scheduler = nullptr;
    JobRunner *m_jobs;
    QTableWidget *m_table;
    QPushButton *m_backUp;
    QPushButton *m_restore;
    QLabel *m_message;
    QList<BackupFile> m_backups;
};

} // namespace pinedesk
