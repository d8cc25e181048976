#include "BackupScheduler.h"

#include "BackupCatalog.h"
#include "BackupWriter.h"
#include "domain/Clock.h"
#include "jobs/JobRunner.h"
#include "logging/LogCategories.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

struct Outcome
{
    std::optional<BackupFile> file; // none: nothing was due
    int pruned = 0;
    QString error;
};

} // namespace

BackupScheduler::BackupScheduler(Database &database, const Clock &clock,
                                 std::function<QString()> folder, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_folder(std::move(folder))
    , m_jobs(new JobRunner(database, this))
{
    m_timer.setInterval(60 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::checkNow);
    connect(m_jobs, &JobRunner::runningChanged, this, &BackupScheduler::runningChanged);
}

BackupScheduler::~BackupScheduler() = default; // the runner (a child) waits for a backup

void BackupScheduler::start()
{
    m_timer.start();
    checkNow();
}

void BackupScheduler::checkNow()
{
    if (!m_jobs->isRunning()) // a backup under way is at least as fresh
        run(true);
}

void BackupScheduler::backUpNow()
{
    run(false);
}

bool BackupScheduler::isRunning() const
{
    return m_jobs->isRunning();
}

void BackupScheduler::run(bool onlyWhenDue)
{
    Database *database = &m_database;
    const QString folder = m_folder();
    const QDateTime now = m_clock.nowUtc();
    m_jobs->run<Outcome>(
        [database, folder, now, onlyWhenDue](JobControl &) {
            Outcome outcome;
            if (onlyWhenDue) {
                const auto backups = BackupCatalog::list(folder);
                if (!backups) {
                    outcome.error = backups.error().message();
                    return outcome;
                }
                for (const BackupFile &b : *backups) {
                    if (b.reason == u"daily"_s && b.takenAt > now.addDays(-1))
                        return outcome; // today's is there
                }
            }
            const auto written =
                BackupWriter::write(*database, folder, onlyWhenDue ? u"daily"_s : u"manual"_s, now);
            if (!written) {
                outcome.error = written.error().message();
                return outcome;
            }
            outcome.file = *written;
            const auto pruned = BackupCatalog::prune(folder, {});
            if (pruned)
                outcome.pruned = *pruned;
            else
                outcome.error = pruned.error().message();
            return outcome;
        },
        [this](const Outcome &outcome) {
            if (!outcome.error.isEmpty()) {
                qCWarning(lcStore) << "backup failed:" << outcome.error;
                Q_EMIT failed(outcome.error);
            }
            if (outcome.file)
                Q_EMIT backedUp(*outcome.file, outcome.pruned);
        });
}

} // namespace pinedesk
