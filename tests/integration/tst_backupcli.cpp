#include "backup/BackupCatalog.h"
#include "backup/BackupVerifier.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

// The backup commands as cron and a vendor at a terminal use them, including a backup killed at
// any moment: it never leaves a file that looks like a backup and is not one.
class TestBackupCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedBackupsNeverLeaveABrokenBackup();
    void backupListAndRestoreFromTheCommandLine();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run pinedesk(const QStringList &args, const QByteArray &input = {});

    QTemporaryDir m_dir;
    QString m_db;
};

TestBackupCli::Run TestBackupCli::pinedesk(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral(PINEDESK_EXE), QStringList{u"--db"_s, m_db} + args);
    if (!p.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestBackupCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"vendor.sqlite"_s);
    const Run demo = pinedesk({u"demo-data"_s, u"--clients"_s, u"4000"_s, u"--out"_s, m_db,
                               u"--as-of"_s, u"2026-12-01"_s, u"--force"_s});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
}

void TestBackupCli::killedBackupsNeverLeaveABrokenBackup()
{
    const QString folder = m_dir.filePath(u"killed"_s);
    QVERIFY(QDir().mkpath(folder));
    int killedMidWrite = 0;
    // Kill at a different moment each time: at once, and after more and more of the file is out.
    for (int attempt = 0; attempt < 8; ++attempt) {
        QProcess p;
        p.start(QStringLiteral(PINEDESK_EXE),
                {u"--db"_s, m_db, u"backup"_s, u"--to"_s, folder, u"--keep-all"_s});
        QVERIFY(p.waitForStarted(10000));
        const qint64 threshold = attempt * 256 * 1024; // bytes of the .part written so far
        bool partSeen = false;
        const bool settled = QTest::qWaitFor(
            [&] {
                for (const QFileInfo &f : QDir(folder).entryInfoList({u"*.part"_s}, QDir::Files)) {
                    if (f.size() >= threshold) {
                        partSeen = true;
                        return true;
                    }
                }
                return p.state() == QProcess::NotRunning;
            },
            20000);
        QVERIFY(settled);
        if (p.state() != QProcess::NotRunning) {
            ::kill(pid_t(p.processId()), SIGKILL);
            if (partSeen)
                ++killedMidWrite;
        }
        QVERIFY(p.waitForFinished(10000));
        // Whatever the moment, every file named as a backup is a sound one.
        const auto listed = BackupCatalog::list(folder);
        QVERIFY(listed);
        for (const BackupFile &b : *listed) {
            const auto checked = BackupVerifier::verify(b.path);
            QVERIFY2(checked, qPrintable(b.path));
            QCOMPARE(checked->clients, 4000);
        }
    }
    QVERIFY2(killedMidWrite >= 3, qPrintable(QString::number(killedMidWrite)));
    // And the next backup goes through as if nothing happened.
    const Run after = pinedesk({u"backup"_s, u"--to"_s, folder, u"--keep-all"_s});
    QVERIFY2(after.code == 0, qPrintable(after.err));
}

void TestBackupCli::backupListAndRestoreFromTheCommandLine()
{
    // Two grants wait for TradingView when the backup is taken.
    const QString pineId = u"PUB;0123456789abcdef0123456789abcdef"_s;
    const Run waiting = pinedesk({u"grant"_s, u"--users"_s, u"waiting_one,waiting_two"_s,
                                  u"--indicator"_s, pineId, u"--duration"_s, u"30D"_s});
    QVERIFY2(waiting.code == 0, qPrintable(waiting.err));
    const QString folder = m_dir.filePath(u"backups"_s);
    const Run backup = pinedesk({u"backup"_s, u"--to"_s, folder});
    QVERIFY2(backup.code == 0, qPrintable(backup.err));
    QVERIFY2(backup.out.contains(u"verified"_s), qPrintable(backup.out));
    QVERIFY2(backup.out.contains(u"4,002 clients"_s) || backup.out.contains(u"4002 clients"_s),
             qPrintable(backup.out));

    const Run list = pinedesk({u"backups"_s, u"--in"_s, folder, u"--verify"_s, u"--json"_s});
    QCOMPARE(list.code, 0);
    const QJsonArray backups = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(backups.size(), 1);
    const QString file = backups.first()[u"path"_s].toString();
    QCOMPARE(backups.first()[u"clients"_s].toInt(), 4002);
    QCOMPARE(backups.first()[u"reason"_s].toString(), u"manual"_s);

    // The database moves on; a restore asks first, and "no" changes nothing.
    const Run grant = pinedesk({u"grant"_s, u"--users"_s, u"fresh_one,fresh_two"_s,
                                u"--indicator"_s, pineId, u"--duration"_s, u"30D"_s});
    QVERIFY2(grant.code == 0, qPrintable(grant.err));
    const QString safety = m_dir.filePath(u"safety"_s);
    const Run declined =
        pinedesk({u"restore"_s, file, u"--backups"_s, safety}, QByteArrayLiteral("no\n"));
    QCOMPARE(declined.code, 1);
    QVERIFY(declined.out.contains(u"Nothing was changed"_s));
    QVERIFY(!QDir(safety).exists());

    const Run restored = pinedesk({u"restore"_s, file, u"--backups"_s, safety, u"--yes"_s});
    QVERIFY2(restored.code == 0, qPrintable(restored.err));
    QVERIFY2(restored.out.contains(u"is kept in"_s), qPrintable(restored.out));
    QVERIFY2(restored.out.contains(u"paused"_s), qPrintable(restored.out));
    const auto kept = BackupCatalog::list(safety);
    QVERIFY(kept && kept->size() == 1);
    QCOMPARE(BackupVerifier::verify(kept->first().path)->clients, 4004); // before the restore
    {
        // The waiting grants of the backup wait for a reconciliation: their batch is paused.
        Database restoredDb(m_db);
        QVERIFY(restoredDb.open());
        Statement paused(restoredDb.connection(),
                         u"SELECT COUNT(*) FROM sync_batches WHERE paused = 1"_s);
        QCOMPARE(paused.execAndFirst().value(), true);
        QCOMPARE(paused.value(0).toInt(), 1);
    }
    const Run after = pinedesk({u"backups"_s, u"--in"_s, safety, u"--verify"_s});
    QCOMPARE(after.code, 0);
    QVERIFY(after.out.contains(u"pre-restore"_s));

    // A damaged file is refused before anything is asked or changed.
    const QString broken = m_dir.filePath(u"broken.sqlite"_s);
    QVERIFY(QFile::copy(file, broken));
    QVERIFY(QFile::resize(broken, 4096));
    const Run refused = pinedesk({u"restore"_s, broken, u"--backups"_s, safety, u"--yes"_s});
    QCOMPARE(refused.code, 1);
    QVERIFY(refused.err.contains(u"not a sound PineDesk database"_s));
    QCOMPARE(BackupCatalog::list(safety)->size(), 1);
}

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
