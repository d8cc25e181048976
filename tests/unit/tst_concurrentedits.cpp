#include "TestDatabase.h"
#include "services/AccessService.h"
#include "services/ClientService.h"
#include "sync/AccessSelection.h"

#include <QTest>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

// Two people (two windows, two members of a team) edit the same thing: the later save is told
// who changed what meanwhile, and nothing is silently overwritten; saving again after being told
// replaces it knowingly.
class TestConcurrentEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void laterClientSaveIsToldAndOverwritesNothing();
    void accessesChangedSinceSelectedAreNotChanged();

private:
    const QString m_pine = u"PUB;0123456789abcdef0123456789abcdef"_s;
};

void TestConcurrentEdits::laterClientSaveIsToldAndOverwritesNothing()
{
    TestDatabase db;
    ClientService maria(db.context(u"gui:maria"_s));
    ClientService pablo(db.context(u"gui:pablo"_s));
    Client ana;
    ana.tvUsername = u"ana_fx"_s;
    ana.email = u"ana@example.com"_s;
    const auto id = maria.saveClient(ana);
    QVERIFY(id);

    // Both open the client.
    Client mine = maria.client(*id).value().value();
    Client theirs = pablo.client(*id).value().value();
    mine.notes = u"VIP since March"_s;
    QVERIFY(maria.saveClient(mine));
    db.clock().advanceSeconds(60);

    theirs.email = u"ana.new@example.com"_s;
    const auto refused = pablo.saveClient(theirs);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind(), Error::Kind::Conflict);
    QVERIFY2(refused.error().message().contains(u"gui:maria"_s), qPrintable(refused.error()));
    QVERIFY2(refused.error().message().contains(u"VIP since March"_s), qPrintable(refused.error()));
    const Client stored = maria.client(*id).value().value();
    QCOMPARE(stored.notes, u"VIP since March"_s);
    QCOMPARE(stored.email, u"ana@example.com"_s);

    // Told, Pablo saves again on top of the version he was shown.
    theirs.version = stored.version;
    QVERIFY(pablo.saveClient(theirs));
    QCOMPARE(maria.client(*id).value().value().email, u"ana.new@example.com"_s);
}

void TestConcurrentEdits::accessesChangedSinceSelectedAreNotChanged()
{
    TestDatabase db;
    AccessChanges::Request grant;
    grant.usernames = {u"bruno_fx"_s, u"carla_fx"_s};
    grant.pineIds = {m_pine};
    grant.duration = Duration::days(30);
    QVERIFY(AccessService(db.context()).apply(grant));
    const QList<qint64> ids{
        db.scalar(u"SELECT a.id FROM accesses a JOIN clients c ON c.id = a.client_id WHERE "
                  "c.tv_username = 'bruno_fx'"_s)
            .toLongLong(),
        db.scalar(u"SELECT a.id FROM accesses a JOIN clients c ON c.id = a.client_id WHERE "
                  "c.tv_username = 'carla_fx'"_s)
            .toLongLong()};

    // Both select the two accesses; one extends them by a month.
    const auto seenByMaria = AccessSelection(db.context()).load(ids);
    const auto seenByPablo = AccessSelection(db.context()).load(ids);
    QVERIFY(seenByMaria && seenByPablo);
    QVERIFY(AccessService(db.context(u"gui:maria"_s)).extend(*seenByMaria, Duration::days(30)));
    const QString endAfterMaria =
        db.scalar(u"SELECT expires_at FROM accesses WHERE id = :id"_s, {{u":id"_s, ids[0]}})
            .toString();

    // The other's extension (or revoke) was decided on what is no longer there.
    const auto twice =
        AccessService(db.context(u"gui:pablo"_s)).extend(*seenByPablo, Duration::days(30));
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind(), Error::Kind::Conflict);
    QVERIFY2(twice.error().message().contains(u"gui:maria"_s), qPrintable(twice.error()));
    const auto revoke = AccessService(db.context(u"gui:pablo"_s)).revoke(*seenByPablo);
    QVERIFY(!revoke);
    QCOMPARE(db.scalar(u"SELECT expires_at FROM accesses WHERE id = :id"_s, {{u":id"_s, ids[0]}})
                 .toString(),
             endAfterMaria);
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM accesses WHERE intended_state = 'granted'"_s).toInt(),
             2);

    // Looked at again, the revoke goes through.
    const auto fresh = AccessSelection(db.context()).load(ids);
    QVERIFY(fresh);
    QVERIFY(AccessService(db.context(u"gui:pablo"_s)).revoke(*fresh));
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM accesses WHERE intended_state = 'granted'"_s).toInt(),
             0);
}

QTEST_GUILESS_MAIN(TestConcurrentEdits)
#include "tst_concurrentedits.moc"
