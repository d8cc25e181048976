#include "TeamDatabasePassword.h"

#include <QEventLoop>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QString keyOf(const DatabaseTarget &target)
{
    DatabaseTarget bare = target;
    bare.sslMode.clear(); // the same server and account, whatever the TLS setting
    return u"team-database:"_s + bare.toString();
}

} // namespace

TeamDatabasePassword::TeamDatabasePassword(const DatabaseTarget &target, QString service,
                                           QObject *parent)
    : KeychainSecret(keyOf(target), QByteArrayLiteral("PGPASSWORD"),
                     tr("the team database's password"), std::move(service), parent)
{}

QString TeamDatabasePassword::loadNow(const DatabaseTarget &target, QString *problem)
{
    TeamDatabasePassword secret(target);
    QEventLoop loop;
    QString password;
    bool answered = false;
    secret.load([&](const QByteArray &value, const QString &why) {
        password = QString::fromUtf8(value);
        if (problem)
            *problem = why;
        answered = true;
        loop.quit();
    });
    if (!answered) {
        // A keychain that never answers must not hold the window back for ever.
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!answered && problem)
        *problem = tr("The keychain did not answer.");
    return password;
}

} // namespace pinedesk
