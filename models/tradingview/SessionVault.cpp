#include "SessionVault.h"

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QString keychainProblem(QKeychain::Error error, const QString &detail)
{
    // Without a D-Bus session or Secret Service the backend reports a connection failure.
    const bool unreachable = detail.contains(u"connect"_s, Qt::CaseInsensitive) ||
                             detail.contains(u"ServiceUnknown"_s) ||
                             detail.contains(u"secrets"_s, Qt::CaseInsensitive);
    if (error == QKeychain::OtherError && unreachable)
        error = QKeychain::NoBackendAvailable;
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return QCoreApplication::translate(
            "SessionVault",
            "No system keychain is available. PineDesk keeps the TradingView session only in the "
            "keychain (GNOME Keyring, KWallet or another Secret Service); install or unlock one, "
            "or set PINEDESK_TV_SESSION for headless use.");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate(
            "SessionVault", "The keychain refused access to the TradingView session; unlock "
                            "the keychain and try again.");
    default:
        // QtKeychain's own text names the backend's problem; it never contains the secret.
        return QCoreApplication::translate("SessionVault", "The keychain failed: %1").arg(detail);
    }
}

} // namespace

SessionVault::SessionVault(QString service, QString key, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_key(std::move(key))
{}

bool SessionVault::environmentOverride()
{
    return !qEnvironmentVariableIsEmpty(environmentVariable);
}

void SessionVault::load(std::function<void(const Expected<std::optional<TvSession>> &)> done)
{
    using R = Expected<std::optional<TvSession>>;
    if (environmentOverride()) {
        const auto session = TvSession::parse(qEnvironmentVariable(environmentVariable));
        if (!session) {
            done(R::failure(QCoreApplication::translate("SessionVault", "PINEDESK_TV_SESSION: %1")
                                .arg(session.error())));
        } else {
            done(std::optional<TvSession>(*session));
        }
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(m_key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::EntryNotFound) {
            done(std::optional<TvSession>());
            return;
        }
        if (read->error() != QKeychain::NoError) {
            done(R::failure(keychainProblem(read->error(), read->errorString())));
            return;
        }
        const auto session = TvSession::parse(read->textData());
        if (!session) {
            done(R::failure(session.error()));
            return;
        }
        done(std::optional<TvSession>(*session));
    });
    job->start();
}

void SessionVault::store(const TvSession &session, std::function<void(const Status &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(m_key);
    job->setInsecureFallback(false);
    job->setTextData(session.cookieHeader());
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError)
            done(Status::failure(keychainProblem(finished->error(), finished->errorString())));
        else
            done(Status());
    });
    job->start();
}

void SessionVault::clear(std::function<void(const Status &)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(m_key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError &&
            finished->error() != QKeychain::EntryNotFound)
            done(Status::failure(keychainProblem(finished->error(), finished->errorString())));
        else
            done(Status());
    });
    job->start();
}

} // namespace pinedesk
