#include "domain/EmailValidator.h"
#include "domain/PineIdValidator.h"
#include "domain/UsernameValidator.h"

#include <QTest>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

namespace {

// An empty `cleaned` means the input must be refused with a message that mentions `mentions`.
void checkOutcome(const Expected<QString> &r, const QString &cleaned, const QString &mentions)
{
    if (cleaned.isEmpty()) {
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message().contains(mentions), qPrintable(r.error().message()));
    } else {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
        QCOMPARE(*r, cleaned);
    }
}

} // namespace

class TestValidators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usernames_data();
    void usernames();
    void pineIds_data();
    void pineIds();
    void emails_data();
    void emails();
};

void TestValidators::usernames_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("cleaned"); // empty: rejected
    QTest::addColumn<QString>("mentions");
    QTest::newRow("plain") << u"TraderJoe42"_s << u"TraderJoe42"_s << QString();
    QTest::newRow("underscore") << u"fx_maria"_s << u"fx_maria"_s << QString();
    QTest::newRow("hyphen") << u"ana-silva"_s << u"ana-silva"_s << QString();
    QTest::newRow("at prefix") << u"@Scalper2021"_s << u"Scalper2021"_s << QString();
    QTest::newRow("blanks and at") << u"  @ bob "_s << u"bob"_s << QString();
    QTest::newRow("digits only") << u"12345"_s << u"12345"_s << QString();
    QTest::newRow("single char") << u"x"_s << u"x"_s << QString();
    QTest::newRow("max length") << QString(50, u'a') << QString(50, u'a') << QString();
    QTest::newRow("empty") << QString() << QString() << u"empty"_s;
    QTest::newRow("only at") << u"@"_s << QString() << u"empty"_s;
    QTest::newRow("too long") << QString(51, u'a') << QString() << u"longer than 50"_s;
    QTest::newRow("space inside") << u"john smith"_s << QString() << u"space"_s;
    QTest::newRow("dot") << u"john.smith"_s << QString() << u"\".\""_s;
    QTest::newRow("accent") << u"josé"_s << QString() << u"\"é\""_s;
    QTest::newRow("sql") << u"x'; DROP TABLE clients;--"_s << QString() << u"\"'\""_s;
    QTest::newRow("emoji") << u"rocket🚀"_s << QString() << u"only English letters"_s;
    QTest::newRow("email pasted") << u"bob@example.com"_s << QString() << u"\"@\""_s;
}

void TestValidators::usernames()
{
    QFETCH(QString, input);
    QFETCH(QString, cleaned);
    QFETCH(QString, mentions);
    const auto r = UsernameValidator::validate(input);
    checkOutcome(r, cleaned, mentions);
    QCOMPARE(UsernameValidator::key(u"MiXeD"_s), u"mixed"_s);
}

void TestValidators::pineIds_data()
{
    const QString hex32 = u"0123456789abcdef0123456789abcdef"_s;
    const QString mixed32 = u"Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56"_s;
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("cleaned");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("new hex") << u"PUB;"_s + hex32 << u"PUB;"_s + hex32 << QString();
    QTest::newRow("old mixed case") << u"PUB;"_s + mixed32 << u"PUB;"_s + mixed32 << QString();
    QTest::newRow("lower prefix") << u"pub;"_s + hex32 << u"PUB;"_s + hex32 << QString();
    QTest::newRow("blanks") << u"  PUB;"_s + hex32 + u"\n"_s << u"PUB;"_s + hex32 << QString();
    QTest::newRow("empty") << QString() << QString() << u"empty"_s;
    QTest::newRow("user script") << u"USER;"_s + hex32 << QString() << u"unpublished"_s;
    QTest::newRow("no prefix") << hex32 << QString() << u"not a script id"_s;
    QTest::newRow("plural-style typo") << u"PUBS;"_s + hex32 << QString() << u"not a script id"_s;
    QTest::newRow("short") << u"PUB;abc"_s << QString() << u"has 3 characters"_s;
    QTest::newRow("long") << u"PUB;"_s + hex32 + u"0"_s << QString() << u"has 33 characters"_s;
    QTest::newRow("symbol") << u"PUB;"_s + hex32.left(31) + u"-"_s << QString() << u"\"-\""_s;
    QTest::newRow("url") << u"https://www.tradingview.com/script/abc/"_s << QString()
                         << u"not a script id"_s;
}

void TestValidators::pineIds()
{
    QFETCH(QString, input);
    QFETCH(QString, cleaned);
    QFETCH(QString, mentions);
    const auto r = PineIdValidator::validate(input);
    checkOutcome(r, cleaned, mentions);
}

void TestValidators::emails_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty allowed") << QString() << true;
    QTest::newRow("plain") << u"maria@example.com"_s << true;
    QTest::newRow("plus and dots") << u"m.garcia+tv@mail.example.es"_s << true;
    QTest::newRow("trimmed") << u"  a@b.io "_s << true;
    QTest::newRow("no at") << u"maria.example.com"_s << false;
    QTest::newRow("two at") << u"a@b@c.com"_s << false;
    QTest::newRow("no domain dot") << u"a@localhost"_s << false;
    QTest::newRow("space") << u"ma ria@example.com"_s << false;
    QTest::newRow("starts with at") << u"@example.com"_s << false;
    QTest::newRow("trailing dot") << u"a@example."_s << false;
}

void TestValidators::emails()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    const auto r = EmailValidator::validate(input);
    QCOMPARE(r.ok(), valid);
    if (!valid)
        QVERIFY(r.error().message().contains(u"e-mail"_s));
}

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
