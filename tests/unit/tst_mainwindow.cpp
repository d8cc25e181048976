#include "ClientsPage.h"
#include "MainWindow.h"
#include "TestDatabase.h"

#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

// The console's frame: every page of the console is there in the vendor's order, Ctrl+1..9
// (and Ctrl+, for Settings) reach them, and the window comes back on the page it was closed on.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void everyPageInOrder();
    void shortcutsReachThePages();
    void windowComesBackOnItsPage();
};

void TestMainWindow::everyPageInOrder()
{
    test::TestDatabase db;
    MainWindow window({db.database(), db.clock(), u"test"_s});
    auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
    QStringList titles;
    for (int i = 0; i < sidebar->count(); ++i)
        titles.append(sidebar->item(i)->text());
    QCOMPARE(titles, (QStringList{u"Overview"_s, u"Clients"_s, u"Indicators"_s, u"Plans"_s,
                                  u"Subscriptions"_s, u"Payments"_s, u"Calendar"_s, u"Analytics"_s,
                                  u"Sync"_s, u"Reports"_s, u"Campaigns"_s, u"Automation"_s,
                                  u"Settings"_s}));
    for (int p = int(MainWindow::Page::Overview); p <= int(MainWindow::Page::Analytics); ++p)
        QVERIFY2(window.page(MainWindow::Page(p)), qPrintable(QString::number(p)));
}

void TestMainWindow::shortcutsReachThePages()
{
    test::TestDatabase db;
    MainWindow window({db.database(), db.clock(), u"test"_s});
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Clients);
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Payments);
    QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Analytics);
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Sync);
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Settings);
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Subscriptions);
}

void TestMainWindow::windowComesBackOnItsPage()
{
    test::TestDatabase db;
    {
        MainWindow window({db.database(), db.clock(), u"test"_s});
        window.show();
        window.showPage(MainWindow::Page::Calendar);
        window.close();
    }
    MainWindow again({db.database(), db.clock(), u"test"_s});
    QCOMPARE(again.currentPage(), MainWindow::Page::Calendar);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
