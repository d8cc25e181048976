#include "BackupsPanel.h"

#include "items/DateText.h"

#include "Prompter.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupScheduler.h"
#include "backup/BackupVerifier.h"
#include "jobs/JobRunner.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

struct Listing
{
    QList<BackupFile> backups;
    QString error;
};

} // namespace

BackupsPanel::BackupsPanel(Database &database, QWidget *parent)
    : QGroupBox(tr("Backups"), parent)
    , m_jobs(new JobRunner(database, this))
    , m_table(new QTableWidget(0, 5, this))
    , m_backUp(new QPushButton(tr("&Back up now"), this))
    , m_restore(new QPushButton(tr("&Restore…"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"backupsPanel"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("PineDesk backs up the database every day while it runs, and "
                                "keeps the last 7 days, 4 weeks and 12 months. Each backup is "
                                "checked before it is kept."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(u"backupList"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Taken"), tr("Why"), tr("Size"), tr("Clients"), tr("Accesses")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(160);
    m_table->setAccessibleName(tr("Backups"));
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    m_backUp->setObjectName(u"backUpNow"_s);
    m_restore->setObjectName(u"restoreBackup"_s);
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_message->setObjectName(u"backupMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_restore, &QPushButton::clicked, this, &BackupsPanel::restoreSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BackupsPanel::updateButtons);
    updateButtons();
}

void BackupsPanel::setScheduler(BackupScheduler *scheduler)
{
    m_scheduler = scheduler;
    connect(m_backUp, &QPushButton::clicked, scheduler, [this] {
        m_message->setText(tr("Backing up…"));
        m_scheduler->backUpNow();
    });
    connect(scheduler, &BackupScheduler::runningChanged, this, &BackupsPanel::updateButtons);
    connect(scheduler, &BackupScheduler::backedUp, this,
            [this](const BackupFile &file, int pruned) {
                const QString taken =
                    tr("Backup of %1 written and checked.").arg(DateText::minutes(file.takenAt));
                m_message->setText(
                    pruned > 0 ? taken + u' ' + tr("%n older backup(s) removed.", nullptr, pruned)
                               : taken);
                reload();
            });
    connect(scheduler, &BackupScheduler::failed, this, [this](const QString &error) {
        m_message->setText(tr("The backup failed: %1").arg(error));
        reload();
    });
    updateButtons();
}

void BackupsPanel::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    reload();
}

QString BackupsPanel::message() const
{
    return m_message->text();
}

bool BackupsPanel::isLoading() const
{
    return m_jobs->isRunning();
}

void BackupsPanel::reload()
{
    const QString folder = m_folder;
    m_jobs->run<Listing>(
        [folder](JobControl &control) {
            Listing listing;
            const auto backups = BackupCatalog::list(folder);
            if (!backups) {
                listing.error = backups.error().message();
                return listing;
            }
            for (const BackupFile &b : *backups) {
                if (control.isCancelled())
                    break;
                // What each holds, read from the file itself; a damaged one says so.
                const auto checked = BackupVerifier::verify(b.path);
                BackupFile shown = checked ? *checked : b;
                shown.takenAt = b.takenAt;
                shown.reason = checked ? b.reason : u"damaged"_s;
                listing.backups.append(shown);
            }
            return listing;
        },
        [this](const Listing &listing) { showBackups(listing.backups, listing.error); });
}

void BackupsPanel::showBackups(const QList<BackupFile> &backups, const QString &error)
{
    m_backups = backups;
    m_table->setRowCount(int(backups.size()));
    const QLocale locale;
    for (int row = 0; row < backups.size(); ++row) {
        const BackupFile &b = backups[row];
        auto *taken = new QTableWidgetItem(DateText::minutes(b.takenAt));
        taken->setToolTip(b.path);
        m_table->setItem(row, 0, taken);
        m_table->setItem(row, 1, new QTableWidgetItem(reasonText(b.reason)));
        m_table->setItem(row, 2, new QTableWidgetItem(locale.formattedDataSize(b.size)));
        for (int column : {3, 4}) {
            const qint64 n = column == 3 ? b.clients : b.accesses;
            auto *item = new QTableWidgetItem(n >= 0 ? locale.toString(n) : QString());
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!error.isEmpty())
        m_message->setText(tr("The backups could not be listed: %1").arg(error));
    else if (backups.isEmpty())
        m_message->setText(tr("No backups yet in %1.").arg(m_folder));
    updateButtons();
    Q_EMIT loaded();
}

void BackupsPanel::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_backups.size())
        return;
    const BackupFile &b = m_backups[row];
    if (b.reason == u"damaged"_s) {
        m_message->setText(tr("This backup is damaged and cannot be restored."));
        return;
    }
    const QString when = DateText::minutes(b.takenAt);
    if (!Prompter::instance().confirm(
            this, tr("Restore a backup"),
            tr("Go back to the backup of %1 (%2, %3)? Everything changed since is replaced; the "
               "database as it is now is backed up first. PineDesk restarts to restore it, and "
               "waiting changes stay paused until you reconcile.")
                .arg(when, tr("%Ln client(s)", nullptr, int(b.clients)),
                     tr("%Ln access(es)", nullptr, int(b.accesses))),
            tr("Restore and restart"))) {
        return;
    }
    Q_EMIT restoreRequested(b.path);
}

void BackupsPanel::updateButtons()
{
    const bool busy = m_scheduler && m_scheduler->isRunning();
    m_backUp->setEnabled(m_scheduler && !busy);
    m_restore->setEnabled(m_table->currentRow() >= 0 && !busy);
}

QString BackupsPanel::reasonText(const QString &reason)
{
    if (reason == u"daily"_s)
        return tr("Daily");
    if (reason == u"manual"_s)
        return tr("By hand");
    if (reason == u"pre-restore"_s)
        return tr("Before a restore");
    if (reason == u"pre-migration"_s)
        return tr("Before an upgrade");
    if (reason == u"pre-delete"_s)
        return tr("Before deleting clients");
    if (reason == u"damaged"_s)
        return tr("Damaged");
    return reason;
}

} // namespace pinedesk
