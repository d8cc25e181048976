#include "TestDatabase.h"
#include "services/AccessService.h"
#include "services/ClientService.h"
#include "services/TeamService.h"
#include "store/DatabaseTarget.h"
#include "store/ScramVerifier.h"
#include "store/Statement.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

// Team members and roles on a team database: the first login is the admin, others are added
// with a role; the services refuse what a role may not do with a sentence that says so, the
// database refuses it too (a read-only login cannot write with any program), the audit log
// names the real login, and disabled or unknown logins cannot open the team database.
class TestTeamRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstLoginIsTheAdmin();
    void supportExtendsButCannotRevoke();
    void supportRevokeFromTheCommandLineIsRefused();
    void readOnlyIsRefusedByTheDatabaseToo();
    void auditNamesTheRealLogin();
    void onlyAdminsManageTheTeamAndOneAdminStays();
    void disabledAndUnknownLoginsCannotOpen();
    void teamFromTheCommandLine();
    void aRoleChangeAppliesToAnOpenDesktop();
    void aNewLoginsPasswordTravelsOnlyAsAVerifier();

private:
    // A member added by the admin, and the team database opened as that member's login.
    std::unique_ptr<Database> member(const QString &name, TeamRole role);
    std::unique_ptr<Database> openAs(const QString &login, QString *error = nullptr);
    QString login(const QString &name) const { return name + u'_' + m_suffix; }
    QString addressAs(const QString &login) const;
    void grantTo(const QString &username);

    std::unique_ptr<TestDatabase> m_db;
    QString m_suffix;
    const QString m_pine = u"PUB;0123456789abcdef0123456789abcdef"_s;
};

void TestTeamRoles::initTestCase()
{
    QVERIFY2(TestDatabase::postgresqlRequested(),
             "this test needs the scratch PostgreSQL cluster that packaging/test-session.sh "
             "starts (PINEDESK_TEST_BACKEND=postgresql)");
}

void TestTeamRoles::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    // Logins belong to the whole cluster: unique per test.
    m_suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
}

void TestTeamRoles::cleanup()
{
    m_db.reset();
}

QString TestTeamRoles::addressAs(const QString &who) const
{
    const auto parsed = DatabaseTarget::parse(m_db->path());
    if (!parsed)
        return {};
    DatabaseTarget target = *parsed;
    target.user = who;
    return target.toString();
}

std::unique_ptr<Database> TestTeamRoles::openAs(const QString &who, QString *error)
{
    const auto parsed = DatabaseTarget::parse(m_db->path());
    if (!parsed)
        return nullptr;
    DatabaseTarget target = *parsed;
    target.user = who;
    auto db = std::make_unique<Database>(target);
    if (const Status s = db->open(); !s) {
        if (error)
            *error = s.error().message();
        return nullptr;
    }
    return db;
}

std::unique_ptr<Database> TestTeamRoles::member(const QString &name, TeamRole role)
{
    TeamMember m;
    m.login = login(name);
    m.role = role;
    m.displayName = name;
    const Status added = TeamService(m_db->context(u"admin"_s)).invite(m, u"s3cret-pass"_s);
    if (!added) {
        qWarning() << added.error().message() << added.error().detail();
        return nullptr;
    }
    return openAs(m.login);
}

void TestTeamRoles::grantTo(const QString &username)
{
    AccessChanges::Request r;
    r.usernames = {username};
    r.pineIds = {m_pine};
    r.duration = Duration::days(30);
    QVERIFY(AccessService(m_db->context(u"admin"_s)).apply(r));
}

void TestTeamRoles::firstLoginIsTheAdmin()
{
    const TeamMember &me = m_db->database().member();
    QCOMPARE(me.role, TeamRole::Admin);
    QVERIFY(!me.login.isEmpty());
    const auto members = TeamService(m_db->context()).members();
    QVERIFY(members);
    QCOMPARE(members->size(), 1);
    QCOMPARE(members->first().login, me.login);
}

void TestTeamRoles::supportExtendsButCannotRevoke()
{
    grantTo(u"ana_fx"_s);
    auto support = member(u"sam"_s, TeamRole::Support);
    QVERIFY(support);
    QCOMPARE(support->member().role, TeamRole::Support);
    const ServiceContext ctx(StoreContext{*support, m_db->clock(), u"gui:sam"_s});

    AccessChanges::Request extend;
    extend.mode = AccessChanges::Mode::Extend;
    extend.usernames = {u"ana_fx"_s};
    extend.pineIds = {m_pine};
    extend.duration = Duration::days(7);
    const auto extended = AccessService(ctx).apply(extend);
    QVERIFY2(extended, extended ? "" : qPrintable(extended.error().detail()));
    // "Extending" someone without access would be a grant, and lifetime is one too.
    AccessChanges::Request newcomer = extend;
    newcomer.usernames = {u"nobody_fx"_s};
    const auto granted = AccessService(ctx).apply(newcomer);
    QVERIFY(!granted);
    QCOMPARE(granted.error().message(),
             TeamRoleNames::refusal(TeamRole::Support, Permission::Grant));
    AccessChanges::Request forever = extend;
    forever.duration = Duration::lifetime();
    QVERIFY(!AccessService(ctx).apply(forever));
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM accesses"_s).toInt(), 1);

    AccessChanges::Request revoke = extend;
    revoke.mode = AccessChanges::Mode::Revoke;
    revoke.duration.reset();
    const auto refused = AccessService(ctx).apply(revoke);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind(), Error::Kind::Permission);
    QCOMPARE(refused.error().message(),
             TeamRoleNames::refusal(TeamRole::Support, Permission::Revoke));
    QCOMPARE(m_db->scalar(u"SELECT intended_state FROM accesses"_s).toString(), u"granted"_s);

    // Fixing a username is support's work; anything else about the client is not.
    const auto ana = ClientService(ctx).clientByUsername(u"ana_fx"_s);
    QVERIFY(ana && ana->has_value());
    Client fixed = ana->value();
    fixed.tvUsername = u"ana_fx2"_s;
    QVERIFY(ClientService(ctx).saveClient(fixed));
    fixed.notes = u"VIP"_s;
    const auto edited = ClientService(ctx).saveClient(fixed);
    QVERIFY(!edited);
    QCOMPARE(edited.error().kind(), Error::Kind::Permission);
    const auto removal = ClientService(ctx).removeClients({fixed.id});
    QCOMPARE(removal.deleted, 0);
    QCOMPARE(removal.firstRefusal,
             TeamRoleNames::refusal(TeamRole::Support, Permission::DeleteClients));
}

void TestTeamRoles::supportRevokeFromTheCommandLineIsRefused()
{
    grantTo(u"bruno_fx"_s);
    auto support = member(u"sue"_s, TeamRole::Support);
    QVERIFY(support);
    QProcess revoke;
    revoke.start(QStringLiteral(PINEDESK_EXE),
                 {u"--db"_s, addressAs(login(u"sue"_s)), u"revoke"_s, u"--users"_s, u"bruno_fx"_s,
                  u"--indicator"_s, m_pine});
    QVERIFY(revoke.waitForFinished(60000));
    QVERIFY(revoke.exitCode() != 0);
    const QString err = QString::fromUtf8(revoke.readAllStandardError());
    QVERIFY2(err.contains(TeamRoleNames::refusal(TeamRole::Support, Permission::Revoke)),
             qPrintable(err));
    QCOMPARE(m_db->scalar(u"SELECT intended_state FROM accesses"_s).toString(), u"granted"_s);
}

void TestTeamRoles::readOnlyIsRefusedByTheDatabaseToo()
{
    auto reader = member(u"rita"_s, TeamRole::ReadOnly);
    QVERIFY(reader);
    const ServiceContext ctx(StoreContext{*reader, m_db->clock(), u"gui:rita"_s});
    AccessChanges::Request grant;
    grant.usernames = {u"carla_fx"_s};
    grant.pineIds = {m_pine};
    grant.duration = Duration::days(30);
    const auto refused = AccessService(ctx).apply(grant);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind(), Error::Kind::Permission);

    // Around PineDesk's services, straight into the tables: the database says no.
    Statement insert(reader->connection(), u"INSERT INTO clients (tv_username, created_at, "
                                           "updated_at) VALUES (:u, :t, :t)"_s);
    insert.bind(u":u"_s, u"sneaky"_s).bind(u":t"_s, u"2026-12-08T00:00:00.000Z"_s);
    const Status s = insert.exec();
    QVERIFY(!s);
    QCOMPARE(s.error().kind(), Error::Kind::Permission);
    // Reading is fine.
    Statement count(reader->connection(), u"SELECT COUNT(*) FROM clients"_s);
    QVERIFY(count.execAndFirst());
}

void TestTeamRoles::auditNamesTheRealLogin()
{
    auto seller = member(u"sol"_s, TeamRole::Seller);
    QVERIFY(seller);
    const ServiceContext ctx(StoreContext{*seller, m_db->clock(), u"gui:whoever"_s});
    AccessChanges::Request grant;
    grant.usernames = {u"dora_fx"_s};
    grant.pineIds = {m_pine};
    grant.duration = Duration::days(30);
    QVERIFY(AccessService(ctx).apply(grant));
    QCOMPARE(m_db->scalar(u"SELECT login FROM audit_log ORDER BY id DESC LIMIT 1"_s).toString(),
             login(u"sol"_s));
    QVERIFY(m_db->scalar(u"SELECT actor FROM access_history ORDER BY id DESC LIMIT 1"_s)
                .toString()
                .startsWith(login(u"sol"_s) + u" ("_s));
    // The login is the server's to write: naming someone else is refused.
    Statement forged(seller->connection(),
                     u"INSERT INTO audit_log (at, actor, action, entity_type, entity_id, login) "
                     "VALUES ('2026-12-08T00:00:00.000Z', 'x', 'x', 'x', 0, 'someone_else')"_s);
    const Status s = forged.exec();
    QVERIFY(!s);
    QCOMPARE(s.error().kind(), Error::Kind::Permission);
}

void TestTeamRoles::onlyAdminsManageTheTeamAndOneAdminStays()
{
    auto seller = member(u"sid"_s, TeamRole::Seller);
    QVERIFY(seller);
    TeamMember someone;
    someone.login = login(u"eve"_s);
    someone.role = TeamRole::Admin;
    const Status invited =
        TeamService(StoreContext{*seller, m_db->clock(), u"gui:sid"_s}).invite(someone, u"pass"_s);
    QVERIFY(!invited);
    QCOMPARE(invited.error().message(),
             TeamRoleNames::refusal(TeamRole::Seller, Permission::ManageTeam));

    TeamService admin(m_db->context(u"admin"_s));
    const QString me = m_db->database().member().login;
    const Status demoted = admin.setRole(me, TeamRole::Seller);
    QVERIFY(!demoted);
    QCOMPARE(demoted.error().kind(), Error::Kind::Conflict);
    QVERIFY(admin.setRole(login(u"sid"_s), TeamRole::Admin));
    QVERIFY(admin.setRole(me, TeamRole::Seller)); // another admin exists now
    QVERIFY(!TeamService::isValidLogin(u"x; DROP TABLE clients"_s));
    TeamMember badName;
    badName.login = u"bad name"_s;
    const Status bad = admin.invite(badName, u"p"_s);
    QVERIFY(!bad);
}

void TestTeamRoles::disabledAndUnknownLoginsCannotOpen()
{
    auto seller = member(u"dan"_s, TeamRole::Seller);
    QVERIFY(seller);
    seller.reset();
    TeamService admin(m_db->context(u"admin"_s));
    QVERIFY(admin.setActive(login(u"dan"_s), false));
    QString why;
    QVERIFY(!openAs(login(u"dan"_s), &why));
    QVERIFY2(why.contains(login(u"dan"_s)) && why.contains(u"disabled"_s), qPrintable(why));
    QVERIFY(admin.setActive(login(u"dan"_s), true));
    QVERIFY(openAs(login(u"dan"_s), &why));

    // A login of the server that nobody added to the team.
    Statement create(m_db->database().connection(),
                     u"SELECT pinedesk_create_login(:login, :verifier)"_s);
    create.bind(u":login"_s, login(u"stranger"_s))
        .bind(u":verifier"_s, ScramVerifier::of(u"pass"_s));
    QVERIFY(create.exec());
    QVERIFY(!openAs(login(u"stranger"_s), &why));
    QVERIFY2(why.contains(login(u"stranger"_s)) && why.contains(u"not a member"_s),
             qPrintable(why));
}

void TestTeamRoles::teamFromTheCommandLine()
{
    const auto pinedesk = [&](const QStringList &args, const QByteArray &input = {}) {
        QProcess p;
        p.start(QStringLiteral(PINEDESK_EXE), QStringList{u"--db"_s, m_db->path()} + args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return std::pair(p.exitCode(),
                         QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    const QString tom = login(u"tom"_s);
    auto [added, addSaid] = pinedesk(
        {u"team"_s, u"add"_s, tom, u"--role"_s, u"support"_s, u"--new-login"_s}, "first-pass\n");
    QVERIFY2(added == 0, qPrintable(addSaid));
    auto [listed, list] = pinedesk({u"team"_s, u"list"_s});
    QCOMPARE(listed, 0);
    QVERIFY2(list.contains(tom + u"\tsupport\tactive"_s), qPrintable(list));
    auto [badRole, badSaid] = pinedesk({u"team"_s, u"role"_s, tom, u"boss"_s});
    QCOMPARE(badRole, 2);
    QVERIFY(!badSaid.isEmpty());
    QCOMPARE(pinedesk({u"team"_s, u"role"_s, tom, u"seller"_s}).first, 0);
    QCOMPARE(pinedesk({u"team"_s, u"disable"_s, tom}).first, 0);
    // The disabled login itself is refused at once, with the reason.
    QProcess as;
    as.start(QStringLiteral(PINEDESK_EXE), {u"--db"_s, addressAs(tom), u"team"_s, u"list"_s});
    QVERIFY(as.waitForFinished(60000));
    QVERIFY(as.exitCode() != 0);
    QVERIFY2(QString::fromUtf8(as.readAllStandardError()).contains(u"disabled"_s),
             "the disabled member is told why");
}

void TestTeamRoles::aRoleChangeAppliesToAnOpenDesktop()
{
    grantTo(u"erik_fx"_s);
    auto seller = member(u"sara"_s, TeamRole::Seller);
    QVERIFY(seller);
    const ServiceContext ctx(StoreContext{*seller, m_db->clock(), u"gui:sara"_s});
    AccessChanges::Request revoke;
    revoke.mode = AccessChanges::Mode::Revoke;
    revoke.usernames = {u"erik_fx"_s};
    revoke.pineIds = {m_pine};
    // Her desktop stays open while an admin makes her support, then disables her.
    TeamService admin(m_db->context(u"admin"_s));
    QVERIFY(admin.setRole(login(u"sara"_s), TeamRole::Support));
    const auto refused = AccessService(ctx).apply(revoke);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message(),
             TeamRoleNames::refusal(TeamRole::Support, Permission::Revoke));
    QVERIFY(admin.setActive(login(u"sara"_s), false));
    AccessChanges::Request extend = revoke;
    extend.mode = AccessChanges::Mode::Extend;
    extend.duration = Duration::days(7);
    const auto disabled = AccessService(ctx).apply(extend);
    QVERIFY(!disabled);
    QCOMPARE(disabled.error().kind(), Error::Kind::Permission);
    QCOMPARE(m_db->scalar(u"SELECT intended_state FROM accesses"_s).toString(), u"granted"_s);
}

void TestTeamRoles::aNewLoginsPasswordTravelsOnlyAsAVerifier()
{
    // RFC 7677's example (user "user", password "pencil"), with the keys computed by Python's
    // hashlib and hmac: the verifier PostgreSQL's scram-sha-256 expects.
    QCOMPARE(
        ScramVerifier::of(u"pencil"_s, QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096),
        u"SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmt"
        "bsT4qY=:wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="_s);
    auto kim = member(u"kim"_s, TeamRole::Seller);
    QVERIFY(kim);
    // The server keeps the verifier made here, with a salt of its own for each login.
    const QString stored =
        m_db->scalar(u"SELECT rolpassword FROM pg_authid WHERE rolname = :login"_s,
                     {{u":login"_s, login(u"kim"_s)}})
            .toString();
    QVERIFY2(stored.startsWith(u"SCRAM-SHA-256$4096:"_s), qPrintable(stored));
    const QByteArray salt = stored.section(u'$', 1, 1).section(u':', 1, 1).toLatin1();
    QCOMPARE(ScramVerifier::of(u"s3cret-pass"_s, QByteArray::fromBase64(salt), 4096), stored);
}

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
