#include "backup/BackupCatalog.h"
#include "backup/BackupRestore.h"
#include "backup/BackupScheduler.h"
#include "backup/BackupVerifier.h"
#include "backup/BackupWriter.h"
#include "domain/ManualClock.h"
#include "domain/SystemClock.h"
#include "services/AccessService.h"
#include "store/ClientStore.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/QueueLeaseStore.h"
#include "store/Schema.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <atomic>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString pine = u"PUB;0123456789abcdef0123456789abcdef"_s;

QDateTime utc(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

qint64 count(Database &db, const QString &countSql)
{
    Statement st(db.connection(), countSql);
    const auto first = st.execAndFirst();
    return first && *first ? st.value(0).toLongLong() : -1;
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Status addClients(Database &db, const Clock &clock, int from, int to)
{
    ClientStore store(StoreContext{db, clock, u"test"_s});
    for (int i = from; i <= to; ++i) {
        Client c;
        c.tvUsername = u"trader%1"_s.arg(i, 5, 10, QChar(u'0'));
        if (const auto id = store.create(c); !id)
            return Status::failure(id.error());
    }
    return {};
}

} // namespace

// Backups are verified before they are named, the retention keeps exactly what it says, and a
// restore refuses anything it cannot trust without touching the database.
class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retentionKeepsTheNewestOfEachDayWeekAndMonth();
    void aBackupIsVerifiedAndHoldsTheData();
    void aBackupTakenWhileWritingIsConsistent();
    void aDamagedFileIsNeverTakenForABackup();
    void aNewerSchemaIsRefused();
    void restoreSwapsKeepsASafetyCopyAndPausesWaitingBatches();
    void restoreIsRefusedWhileAnotherPineDeskHoldsTheQueue();
    void theDailyBackupIsTakenOnceADay();
    void anOlderDatabaseIsBackedUpBeforeItIsUpgraded();
};

void TestBackup::retentionKeepsTheNewestOfEachDayWeekAndMonth()
{
    // Two backups a day (03:00 and 15:00) for 400 days up to 2026-12-07.
    QList<BackupFile> backups;
    const QDate last(2026, 12, 7);
    for (int day = 0; day < 400; ++day) {
        for (const QString &time : {u"03:00:00"_s, u"15:00:00"_s}) {
            BackupFile b;
            b.takenAt = utc(last.addDays(-day).toString(Qt::ISODate) + u"T"_s + time);
            b.path = BackupCatalog::fileNameFor(b.takenAt, u"daily"_s);
            backups.append(b);
        }
    }
    const QList<BackupFile> gone = BackupCatalog::expired(backups, {7, 4, 12});
    QSet<QString> kept;
    for (const BackupFile &b : backups)
        kept.insert(b.path);
    for (const BackupFile &b : gone)
        kept.remove(b.path);

    QSet<QString> expected;
    auto newestOf = [](QDate day) {
        return BackupCatalog::fileNameFor(utc(day.toString(Qt::ISODate) + u"T15:00:00"_s),
                                          u"daily"_s);
    };
    for (int day = 0; day < 7; ++day) // the last 7 days
        expected.insert(newestOf(last.addDays(-day)));
    // The last 4 ISO weeks: each one's newest is its Sunday, or today for this week (Monday).
    expected.insert(newestOf(last));
    for (int week = 1; week < 4; ++week)
        expected.insert(newestOf(last.addDays(-1 - 7 * (week - 1))));
    // The last 12 months: each one's newest is its last day (this month: today).
    expected.insert(newestOf(last));
    for (int month = 1; month < 12; ++month) {
        const QDate first(last.addMonths(-month).year(), last.addMonths(-month).month(), 1);
        expected.insert(newestOf(first.addMonths(1).addDays(-1)));
    }
    QCOMPARE(kept, expected);
    QCOMPARE(gone.size() + kept.size(), backups.size());
}

void TestBackup::aBackupIsVerifiedAndHoldsTheData()
{
    QTemporaryDir dir;
    SystemClock clock;
    Database db(dir.filePath(u"vendor.sqlite"_s));
    QVERIFY(db.open());
    QVERIFY(addClients(db, clock, 1, 50));
    const QString folder = dir.filePath(u"backups"_s);
    const auto written =
        BackupWriter::write(db, folder, u"manual"_s, utc(u"2026-12-07T09:30:15"_s));
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message()));
    QCOMPARE(written->clients, 50);
    QCOMPARE(written->schemaVersion, Schema::latestVersion());
    QCOMPARE(QFileInfo(written->path).fileName(), u"pinedesk-20261207-093015-manual.sqlite"_s);

    // A ".part" left by an interrupted backup is never listed as a backup.
    QFile part(folder + u"/pinedesk-20261207-100000-manual.sqlite.part"_s);
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write("half a backup");
    part.close();
    const auto listed = BackupCatalog::list(folder);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().path, written->path);
    QCOMPARE(listed->first().reason, u"manual"_s);

    // The same second again gets the next second's name, never overwrites.
    const auto again = BackupWriter::write(db, folder, u"manual"_s, utc(u"2026-12-07T09:30:15"_s));
    QVERIFY(again);
    QCOMPARE(QFileInfo(again->path).fileName(), u"pinedesk-20261207-093016-manual.sqlite"_s);
}

void TestBackup::aBackupTakenWhileWritingIsConsistent()
{
    QTemporaryDir dir;
    SystemClock clock;
    const QString path = dir.filePath(u"vendor.sqlite"_s);
    Database db(path);
    QVERIFY(db.open());
    // A writer on another thread creates clients, each with its audit line in one transaction.
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    QThread *writer = QThread::create([&] {
        for (int i = 1; !stop.load(); ++i) {
            if (addClients(db, clock, i, i))
                ++written;
        }
        db.releaseWorkerConnection();
    });
    writer->start();
    QVERIFY(QTest::qWaitFor([&] { return written.load() > 20; }, 10000));
    const QString folder = dir.filePath(u"backups"_s);
    QList<qint64> seen;
    for (int i = 0; i < 5; ++i) {
        const auto backup =
            BackupWriter::write(db, folder, u"manual"_s, utc(u"2026-12-07T10:00:00"_s).addSecs(i));
        QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().message()));
        Database copy(backup->path);
        QVERIFY(copy.open());
        // Every client in the snapshot has its audit line: no half transaction.
        QCOMPARE(count(copy, u"SELECT COUNT(*) FROM audit_log WHERE action = 'client.created'"_s),
                 backup->clients);
        seen.append(backup->clients);
    }
    stop.store(true);
    writer->wait();
    delete writer;
    QVERIFY(seen.last() > seen.first()); // the writer went on meanwhile
}

void TestBackup::aDamagedFileIsNeverTakenForABackup()
{
    QTemporaryDir dir;
    SystemClock clock;
    Database db(dir.filePath(u"vendor.sqlite"_s));
    QVERIFY(db.open());
    QVERIFY(addClients(db, clock, 1, 2000));
    const auto backup = BackupWriter::write(db, dir.filePath(u"b"_s), u"manual"_s, clock.nowUtc());
    QVERIFY(backup);

    // Cut short, as a copy interrupted by a full disk.
    const QString cut = dir.filePath(u"cut.sqlite"_s);
    QVERIFY(QFile::copy(backup->path, cut));
    QVERIFY(QFile::resize(cut, QFileInfo(cut).size() / 2));
    const auto cutChecked = BackupVerifier::verify(cut);
    QVERIFY(!cutChecked);
    QCOMPARE(cutChecked.error().kind(), Error::Kind::Corrupt);

    // Bytes overwritten in the middle of the data.
    const QString scribbled = dir.filePath(u"scribbled.sqlite"_s);
    QVERIFY(QFile::copy(backup->path, scribbled));
    QFile f(scribbled);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(f.size() / 2);
    f.write(QByteArray(8192, '\x5a'));
    f.close();
    QVERIFY(!BackupVerifier::verify(scribbled));

    // Not a database at all.
    const QString text = dir.filePath(u"notes.sqlite"_s);
    QFile t(text);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("these are my notes, not a database");
    t.close();
    QVERIFY(!BackupVerifier::verify(text));

    // Restoring any of them changes nothing: the database file stays byte for byte.
    const QString target = dir.filePath(u"restored.sqlite"_s);
    QVERIFY(QFile::copy(backup->path, target));
    const QByteArray before = digest(target);
    for (const QString &bad : {cut, scribbled, text}) {
        const auto restored = BackupRestore::restore(target, bad, dir.filePath(u"b2"_s), clock);
        QVERIFY(!restored);
        QCOMPARE(digest(target), before);
    }
    QVERIFY(!QDir(dir.filePath(u"b2"_s)).exists()); // not even a safety copy was needed
}

void TestBackup::aNewerSchemaIsRefused()
{
    QTemporaryDir dir;
    SystemClock clock;
    const QString newer = dir.filePath(u"newer.sqlite"_s);
    {
        Database db(newer);
        QVERIFY(db.open());
        Statement st(db.connection(),
                     u"PRAGMA user_version = %1"_s.arg(Schema::latestVersion() + 1));
        QVERIFY(st.exec());
    }
    const auto checked = BackupVerifier::verify(newer);
    QVERIFY(!checked);
    QVERIFY(checked.error().message().contains(u"newer version"_s));
    const QString target = dir.filePath(u"vendor.sqlite"_s);
    {
        Database db(target);
        QVERIFY(db.open());
    }
    const QByteArray before = digest(target);
    QVERIFY(!BackupRestore::restore(target, newer, dir.filePath(u"b"_s), clock));
    QCOMPARE(digest(target), before);
}

void TestBackup::restoreSwapsKeepsASafetyCopyAndPausesWaitingBatches()
{
    QTemporaryDir dir;
    SystemClock clock;
    const QString path = dir.filePath(u"vendor.sqlite"_s);
    const QString folder = dir.filePath(u"backups"_s);
    QString backupPath;
    {
        Database db(path);
        QVERIFY(db.open());
        AccessChanges::Request grant;
        grant.usernames = {u"alice"_s, u"bob"_s};
        grant.pineIds = {pine};
        grant.duration = Duration::days(30);
        QVERIFY(AccessService(StoreContext{db, clock, u"test"_s}).apply(grant)); // 2 waiting
        const auto backup = BackupWriter::write(db, folder, u"daily"_s, clock.nowUtc().addDays(-1));
        QVERIFY(backup);
        backupPath = backup->path;
        QVERIFY(addClients(db, clock, 1, 10)); // after the backup: 12 clients now
    }
    const auto restored = BackupRestore::restore(path, backupPath, folder, clock);
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message()));
    QVERIFY(restored->safetyCopy);
    QCOMPARE(restored->safetyCopy->clients, 12); // the database as it was is kept
    QCOMPARE(restored->safetyCopy->reason, u"pre-restore"_s);
    QCOMPARE(restored->pausedBatches, 1);

    Database db(path);
    QVERIFY(db.open());
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM clients"_s), 2);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM sync_batches WHERE paused = 1"_s), 1);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM sync_queue WHERE state = 'pending'"_s), 2);
    QVERIFY(!QFile::exists(path + u".restore.part"_s));
}

void TestBackup::restoreIsRefusedWhileAnotherPineDeskHoldsTheQueue()
{
    QTemporaryDir dir;
    SystemClock clock;
    const QString path = dir.filePath(u"vendor.sqlite"_s);
    const QString folder = dir.filePath(u"backups"_s);
    Database db(path);
    QVERIFY(db.open());
    const auto backup = BackupWriter::write(db, folder, u"daily"_s, clock.nowUtc());
    QVERIFY(backup);
    QVERIFY(addClients(db, clock, 1, 3));
    // This process plays the open window: a live holder on this host.
    LeaseHolder me{
        u"gui-1"_s, u"gui"_s, QCoreApplication::applicationPid(), QueueLeaseStore::thisHost(),
        {},         {}};
    const auto claim = QueueLeaseStore(StoreContext{db, clock, u"test"_s}).tryAcquire(me, 20);
    QVERIFY(claim && claim->acquired);
    db.closeThreadConnection();
    const QByteArray before = digest(path);
    const auto restored = BackupRestore::restore(path, backup->path, folder, clock);
    QVERIFY(!restored);
    QCOMPARE(restored.error().kind(), Error::Kind::Busy);
    QVERIFY(restored.error().message().contains(u"gui"_s));
    QCOMPARE(digest(path), before);
}

void TestBackup::theDailyBackupIsTakenOnceADay()
{
    QTemporaryDir dir;
    ManualClock clock(utc(u"2026-12-07T08:00:00"_s));
    Database db(dir.filePath(u"vendor.sqlite"_s));
    QVERIFY(db.open());
    QString folder = dir.filePath(u"backups"_s);
    BackupScheduler scheduler(db, clock, [&folder] { return folder; });
    QSignalSpy backedUp(&scheduler, &BackupScheduler::backedUp);
    QSignalSpy failed(&scheduler, &BackupScheduler::failed);
    const auto settle = [&] {
        return QTest::qWaitFor([&] { return !scheduler.isRunning(); }, 10000);
    };
    scheduler.checkNow(); // none yet: one is taken
    QVERIFY(settle());
    QCOMPARE(backedUp.count(), 1);
    QCOMPARE(backedUp.first().first().value<BackupFile>().reason, u"daily"_s);
    clock.advanceSeconds(6 * 3600);
    scheduler.checkNow(); // six hours later: today's is there
    QVERIFY(settle());
    QCOMPARE(backedUp.count(), 1);
    clock.advanceSeconds(20 * 3600);
    scheduler.checkNow(); // a day later: the next one
    QVERIFY(settle());
    QCOMPARE(backedUp.count(), 2);
    QCOMPARE(BackupCatalog::list(folder)->size(), 2);
    QVERIFY(failed.isEmpty());

    // A folder that cannot be made: the failure is said, never swallowed.
    QFile blocker(dir.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    folder = dir.filePath(u"file/backups"_s);
    scheduler.backUpNow();
    QVERIFY(settle());
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"cannot be created"_s));
}

void TestBackup::anOlderDatabaseIsBackedUpBeforeItIsUpgraded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"vendor.sqlite"_s);
    const QString folder = dir.filePath(u"backups"_s);
    const int older = Schema::latestVersion() - 1;
    {
        // A file as the previous PineDesk left it: one schema step behind.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(Migrator(Schema::steps().mid(0, Schema::steps().size() - 1)).migrate(db));
        QCOMPARE(Migrator::versionOf(db).value(), older);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"older"_s);
    const QByteArray before = digest(path);

    const auto backup = BackupWriter::beforeMigration(path, folder, utc(u"2026-12-07T08:00:00"_s));
    QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().message()));
    QVERIFY(backup->has_value());
    QCOMPARE((*backup)->reason, u"pre-migration"_s);
    QCOMPARE((*backup)->schemaVersion, older);
    QCOMPARE(digest(path), before); // read-only: the file itself is untouched

    // Once upgraded, nothing more is backed up for it.
    {
        Database db(path);
        QVERIFY(db.open());
    }
    const auto again = BackupWriter::beforeMigration(path, folder, utc(u"2026-12-07T09:00:00"_s));
    QVERIFY(again && !again->has_value());
    QCOMPARE(BackupCatalog::list(folder)->size(), 1);
    // A file that does not exist yet needs none.
    QVERIFY(!BackupWriter::beforeMigration(dir.filePath(u"new.sqlite"_s), folder, {})->has_value());
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
