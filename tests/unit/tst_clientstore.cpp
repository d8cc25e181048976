#include "TestDatabase.h"
#include "store/AuditLog.h"
#include "store/ClientStore.h"

#include <QJsonArray>
#include <QTest>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

class TestClientStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsAndReadsBack();
    void cleansUsernameAndEmail();
    void usernameIsUniqueIgnoringCase();
    void rejectsInvalidInputWithMessages();
    void emailOnlyClientsAreAllowed();
    void hostileStringsStoredVerbatim();
    void updateWritesOnlyChangedFieldsToAudit();
    void updateCannotStealAnotherUsername();
    void removeIsAudited();
    void searchMatchesPrefixesAndEscapesWildcards();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<ClientStore> m_store;
};

void TestClientStore::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    m_store = std::make_unique<ClientStore>(m_db->context(u"tester"_s));
}

void TestClientStore::createsAndReadsBack()
{
    Client c;
    c.tvUsername = u"TraderJoe"_s;
    c.email = u"joe@example.com"_s;
    c.fullName = u"Joe Trader"_s;
    c.status = ClientStatus::Lead;
    c.notes = u"met at a webinar"_s;
    c.tags = {u"vip"_s, u"discord"_s};
    const auto id = m_store->create(c);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message()));
    const auto back = m_store->byId(*id);
    QVERIFY(back);
    QCOMPARE(back->tvUsername, u"TraderJoe"_s);
    QCOMPARE(back->email, u"joe@example.com"_s);
    QCOMPARE(back->fullName, u"Joe Trader"_s);
    QCOMPARE(back->status, ClientStatus::Lead);
    QCOMPARE(back->notes, u"met at a webinar"_s);
    QCOMPARE(back->tags, (QStringList{u"vip"_s, u"discord"_s}));
    QCOMPARE(back->createdAt, m_db->clock().nowUtc());
    QCOMPARE(back->updatedAt, m_db->clock().nowUtc());
    QCOMPARE(m_store->count(), 1);

    const auto audit = AuditLog(m_db->context()).forEntity(u"client"_s, *id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, u"client.created"_s);
    // On a team database the history names the login first, then the actor.
    QCOMPARE(audit.first().actor, m_db->database().member().login.isEmpty()
                                      ? u"tester"_s
                                      : m_db->database().member().login + u" (tester)"_s);
    QCOMPARE(audit.first().login, m_db->database().member().login);
    QCOMPARE(audit.first().details.value(u"tv_username"_s).toString(), u"TraderJoe"_s);
}

void TestClientStore::cleansUsernameAndEmail()
{
    const auto id = m_store->create({0, u"  @MixedCase_1 "_s, u" a@b.io "_s, u" Ann "_s});
    QVERIFY(id.ok());
    const auto c = m_store->byId(*id);
    QCOMPARE(c->tvUsername, u"MixedCase_1"_s);
    QCOMPARE(c->email, u"a@b.io"_s);
    QCOMPARE(c->fullName, u"Ann"_s);
    QVERIFY(m_store->byUsername(u"mixedcase_1"_s));
    QVERIFY(m_store->byUsername(u"@MIXEDCASE_1"_s));
}

void TestClientStore::usernameIsUniqueIgnoringCase()
{
    QVERIFY(m_store->create({0, u"TraderJoe"_s}).ok());
    const auto dup = m_store->create({0, u"traderjoe"_s});
    QVERIFY(!dup.ok());
    QVERIFY2(dup.error().message().contains(u"already exists"_s),
             qPrintable(dup.error().message()));
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(AuditLog(m_db->context()).count(), 1); // the refused one left no trace
}

void TestClientStore::rejectsInvalidInputWithMessages()
{
    const auto badName = m_store->create({0, u"joe smith"_s});
    QVERIFY(!badName.ok());
    QVERIFY(badName.error().message().contains(u"space"_s));
    const auto badEmail = m_store->create({0, u"joe"_s, u"not-an-email"_s});
    QVERIFY(!badEmail.ok());
    QVERIFY(badEmail.error().message().contains(u"e-mail"_s));
    const auto nothing = m_store->create({0, QString(), QString(), u"Only a name"_s});
    QVERIFY(!nothing.ok());
    QVERIFY(nothing.error().message().contains(u"username or an e-mail"_s));
    QCOMPARE(m_store->count(), 0);
}

void TestClientStore::emailOnlyClientsAreAllowed()
{
    QVERIFY(m_store->create({0, QString(), u"one@example.com"_s}).ok());
    QVERIFY(m_store->create({0, QString(), u"two@example.com"_s}).ok()); // NULL usernames
    QCOMPARE(m_store->count(), 2);
}

void TestClientStore::hostileStringsStoredVerbatim()
{
    const QString notes = u"Robert'); DROP TABLE clients;--\n\"quoted\" \\ 100% _x_ \t Ünïcødé 🚀 "
                          "中文 ☃"_s;
    const QString name = u"O'Brien \"The\" Trader; DELETE FROM clients"_s;
    Client c{0, u"obrien"_s, u"o'brien@example.com"_s, name};
    c.notes = notes;
    c.tags = {u"a,b"_s, u"\"q\""_s, u"[x]"_s};
    const auto id = m_store->create(c);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message()));
    const auto back = m_store->byId(*id);
    QCOMPARE(back->notes, notes);
    QCOMPARE(back->fullName, name);
    QCOMPARE(back->email, u"o'brien@example.com"_s);
    QCOMPARE(back->tags, c.tags);
    QCOMPARE(m_store->count(), 1);
}

void TestClientStore::updateWritesOnlyChangedFieldsToAudit()
{
    const auto id = m_store->create({0, u"anna"_s, u"anna@example.com"_s, u"Anna"_s});
    QVERIFY(id.ok());
    m_db->clock().advanceSeconds(3600);
    Client c = *m_store->byId(*id);
    c.email = u"anna@new.example"_s;
    c.status = ClientStatus::Inactive;
    QVERIFY(m_store->update(c).ok());
    const Client back = *m_store->byId(*id);
    QCOMPARE(back.email, u"anna@new.example"_s);
    QCOMPARE(back.status, ClientStatus::Inactive);
    QCOMPARE(back.updatedAt, m_db->clock().nowUtc());
    QVERIFY(back.createdAt < back.updatedAt);

    const auto audit = AuditLog(m_db->context()).forEntity(u"client"_s, *id);
    QCOMPARE(audit.size(), 2);
    const QJsonObject diff = audit.first().details; // newest first
    QCOMPARE(audit.first().action, u"client.updated"_s);
    QCOMPARE(diff.keys(), (QStringList{u"email"_s, u"status"_s}));
    QCOMPARE(diff[u"email"_s][u"from"_s].toString(), u"anna@example.com"_s);
    QCOMPARE(diff[u"email"_s][u"to"_s].toString(), u"anna@new.example"_s);

    QVERIFY(m_store->update(back).ok()); // no change: no audit line
    QCOMPARE(AuditLog(m_db->context()).forEntity(u"client"_s, *id).size(), 2);
}

void TestClientStore::updateCannotStealAnotherUsername()
{
    QVERIFY(m_store->create({0, u"first"_s}).ok());
    const auto second = m_store->create({0, u"second"_s});
    Client c = *m_store->byId(*second);
    c.tvUsername = u"FIRST"_s;
    const Status s = m_store->update(c);
    QVERIFY(!s.ok());
    QVERIFY(s.error().message().contains(u"Another client"_s));
    QCOMPARE(m_store->byId(*second)->tvUsername, u"second"_s);
    // Changing only the case of one's own username is fine.
    c.tvUsername = u"SECOND"_s;
    QVERIFY(m_store->update(c).ok());
}

void TestClientStore::removeIsAudited()
{
    const auto id = m_store->create({0, u"gone"_s});
    QVERIFY(m_store->remove(*id).ok());
    QVERIFY(!m_store->byId(*id));
    const auto audit = AuditLog(m_db->context()).forEntity(u"client"_s, *id);
    QCOMPARE(audit.first().action, u"client.deleted"_s);
    QVERIFY(!m_store->remove(*id).ok()); // already gone: a message, no crash
}

void TestClientStore::searchMatchesPrefixesAndEscapesWildcards()
{
    QVERIFY(m_store->create({0, u"alpha_one"_s, u"zed@example.com"_s, u"Maria Lopez"_s}).ok());
    QVERIFY(m_store->create({0, u"alphaXone"_s, u"x@example.com"_s, u"Bob"_s}).ok());
    QVERIFY(m_store->create({0, u"beta"_s, u"alpha@example.com"_s, u"Carl"_s}).ok());
    QVERIFY(m_store->create({0, u"gamma"_s, u"g@example.com"_s, u"100% Trader"_s}).ok());
    QCOMPARE(m_store->search(u"ALPHA"_s, 10).size(), 3);  // username, username, e-mail
    QCOMPARE(m_store->search(u"alpha_"_s, 10).size(), 1); // '_' is literal, not a wildcard
    QCOMPARE(m_store->search(u"maria"_s, 10).size(), 1);
    QCOMPARE(m_store->search(u"100%"_s, 10).size(), 1);
    QCOMPARE(m_store->search(u"%"_s, 10).size(), 0);
    QCOMPARE(m_store->search(QString(), 2).size(), 2);     // limit
    QCOMPARE(m_store->search(QString(), 10, 3).size(), 1); // offset
}

QTEST_GUILESS_MAIN(TestClientStore)
#include "tst_clientstore.moc"
