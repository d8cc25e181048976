// The notification centre as the vendor uses it: the bell counts the unread ones, the list
// shows them newest first, opening one marks it read and shows what it is about, each is handed
// to the desktop once, and the quiet hours keep the desktop quiet.
#include "MainWindow.h"
#include "NotificationButton.h"
#include "TestDatabase.h"
#include "reminders/Notification.h"
#include "reminders/NotificationSweep.h"
#include "settings/AppSettings.h"
#include "store/NotificationStore.h"
#include "store/ReconciliationStore.h"
#include "store/WebhookEventStore.h"
#include "sync/ReconciliationReport.h"

#include <QApplication>
#include <QJsonArray>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace pinedesk;
using pinedesk::test::TestDatabase;

class TestNotifications : public QObject
{
    Q_OBJECT

    static Notification expiring(const QString &key, int count)
    {
        Notification n;
        n.kind = Notification::Kind::Expiring;
        n.dedupKey = key;
        n.args = {{u"days"_s, 7}, {u"count"_s, count}, {u"names"_s, QJsonArray{u"ana_fx"_s}}};
        n.target = u"calendar"_s;
        return n;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theBellCountsAndOpensWhatItIsAbout()
    {
        TestDatabase db;
        QVERIFY(db.isOpen());
        NotificationStore store(db.context());
        QVERIFY(store.raise(expiring(u"a"_s, 1)).value());
        QVERIFY(!store.raise(expiring(u"a"_s, 1)).value()); // once per key
        Notification dead;
        dead.kind = Notification::Kind::DeadRows;
        dead.dedupKey = u"dead_rows:9"_s;
        dead.args = {{u"count"_s, 3}};
        dead.target = u"sync"_s;
        QVERIFY(store.raise(dead).value());

        MainWindow window({db.database(), db.clock(), u"test"_s});
        window.show();
        NotificationButton *bell = window.notificationButton();
        QSignalSpy refreshed(bell, &NotificationButton::refreshed);
        QSignalSpy arrived(bell, &NotificationButton::arrived);
        QVERIFY(refreshed.count() > 0 || refreshed.wait(10000));
        QCOMPARE(bell->unreadCount(), 2);
        QCOMPARE(bell->text(), u"2 unread"_s); // the same in both plural forms
        QCOMPARE(arrived.count(), 1);
        QCOMPARE(arrived.first().first().value<QList<Notification>>().size(), 2);
        QListWidget *list = bell->list();
        QCOMPARE(list->count(), 2);
        const auto said = [list](int row) {
            return list->item(row)->data(Qt::AccessibleTextRole).toString();
        };
        const auto unread = [list](int row) {
            return list->item(row)->data(Qt::UserRole + 2).toBool();
        };
        QVERIFY(said(0).startsWith(u"3 change"_s));
        QVERIFY(said(0).contains(u"could not be applied on TradingView"_s));
        QVERIFY(unread(0));
        QVERIFY(said(1).contains(u"ana_fx"_s));

        // Opening one: read, and the window shows its page.
        QSignalSpy opened(bell, &NotificationButton::openRequested);
        bell->open(list->item(0)->data(Qt::UserRole + 1).toLongLong());
        QCOMPARE(opened.first().first().toString(), u"sync"_s);
        QCOMPARE(window.currentPage(), MainWindow::Page::Sync);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(bell->unreadCount(), 1);
        QVERIFY(!unread(0));
        QCOMPARE(arrived.count(), 1); // handed to the desktop once, not at every refresh

        bell->markAllRead();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(bell->unreadCount(), 0);
        QCOMPARE(bell->text(), QString());

        // A failed backup: at most one a day.
        NotificationSweep sweep(db.context());
        QCOMPARE(sweep.backupFailed(u"disk full"_s).value(), 1);
        QCOMPARE(sweep.backupFailed(u"disk full"_s).value(), 0);
        bell->refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(bell->unreadCount(), 1);
        QCOMPARE(arrived.count(), 2);
    }

    void whatWaitsIsRaisedOncePerArrival()
    {
        TestDatabase db;
        QVERIFY(db.isOpen());
        NotificationSweep sweep(db.context());
        QCOMPARE(sweep.run().value(), 0); // nothing waits
        WebhookEventStore inbox(db.context());
        for (const QString &key : {u"evt_1"_s, u"evt_2"_s}) {
            WebhookEvent e;
            e.provider = u"stripe"_s;
            e.eventKey = key;
            e.eventType = u"invoice.paid"_s;
            e.contentType = u"application/json"_s;
            e.payload = "{}";
            const qint64 id = inbox.receive(e).value().id;
            WebhookEventStore::Outcome attention;
            attention.state = WebhookEventState::NeedsAttention;
            attention.reason = u"No plan sells the product."_s;
            QVERIFY(inbox.finish(id, attention));
            if (key == u"evt_1"_s) {
                QCOMPARE(sweep.run().value(), 1); // new: raised
                QCOMPARE(sweep.run().value(), 0); // the same: not again
            }
        }
        QCOMPARE(sweep.run().value(), 1); // another one arrived
        const auto latest = NotificationStore(db.context()).latest(1).value();
        QCOMPARE(latest.first().args.value(u"count"_s).toInt(), 2);
        QCOMPARE(latest.first().target, u"automation"_s);
        QCOMPARE(sweep.run().value(), 0);
    }

    void theEngineAndReconciliationAreTold()
    {
        TestDatabase db;
        QVERIFY(db.isOpen());
        db.clock().set(QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc()));
        NotificationSweep sweep(db.context());
        QCOMPARE(sweep.engineState(EngineState::Running).value(), 0);
        QCOMPARE(sweep.engineState(EngineState::PausedSessionExpired).value(), 1);
        QCOMPARE(sweep.engineState(EngineState::PausedSessionExpired).value(), 0); // that day
        QCOMPARE(sweep.engineState(EngineState::CircuitOpen).value(), 1);
        db.clock().set(QDateTime(QDate(2026, 12, 7), QTime(10, 5), QTimeZone::utc()));
        QCOMPARE(sweep.engineState(EngineState::CircuitOpen).value(), 1); // an hour later

        ReconciliationReport clean;
        QVERIFY(ReconciliationStore(db.context())
                    .save(db.clock().nowUtc(), db.clock().nowUtc(), clean.toJson()));
        QCOMPARE(sweep.run().value(), 0);
        ReconciliationReport drifted;
        drifted.drifts.append(ReconciliationReport::Drift{});
        drifted.drifts.append(ReconciliationReport::Drift{});
        QVERIFY(ReconciliationStore(db.context())
                    .save(db.clock().nowUtc(), db.clock().nowUtc(), drifted.toJson()));
        QCOMPARE(sweep.run().value(), 1);
        QCOMPARE(sweep.run().value(), 0);
        const Notification drift = NotificationStore(db.context()).latest(1).value().first();
        QCOMPARE(drift.kind, Notification::Kind::Drift);
        QCOMPARE(drift.args.value(u"count"_s).toInt(), 2);
        QVERIFY(drift.title().startsWith(u"2 access"_s));
    }

    void quietHoursSpanMidnight()
    {
        AppSettings settings;
        settings.setQuietHours(true);
        settings.setQuietRange(QTime(22, 0), QTime(8, 0));
        QVERIFY(settings.isQuietAt(QTime(23, 30)));
        QVERIFY(settings.isQuietAt(QTime(7, 59)));
        QVERIFY(!settings.isQuietAt(QTime(8, 0)));
        QVERIFY(!settings.isQuietAt(QTime(12, 0)));
        settings.setQuietRange(QTime(13, 0), QTime(14, 0));
        QVERIFY(settings.isQuietAt(QTime(13, 30)));
        QVERIFY(!settings.isQuietAt(QTime(23, 30)));
        settings.setQuietHours(false);
        QVERIFY(!settings.isQuietAt(QTime(13, 30)));
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
