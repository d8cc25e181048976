#include "KeychainSecret.h"

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QString problemText(QKeychain::Job *job, const QString &what, const QByteArray &variable)
{
    if (job->error() == QKeychain::NoBackendAvailable ||
        job->error() == QKeychain::NotImplemented ||
        job->errorString().contains(u"connect"_s, Qt::CaseInsensitive))
        return KeychainSecret::tr("No system keychain is available for %1; unlock one, or set "
                                  "%2.")
            .arg(what, QString::fromLatin1(variable));
    return KeychainSecret::tr("The keychain failed: %1").arg(job->errorString());
}

} // namespace

KeychainSecret::KeychainSecret(QString key, QByteArray variable, QString what, QString service,
                               QObject *parent)
    : QObject(parent)
    , m_key(std::move(key))
    , m_variable(std::move(variable))
    , m_what(std::move(what))
    , m_service(std::move(service))
{}

void KeychainSecret::load(std::function<void(const QByteArray &, const QString &)> done)
{
    const QByteArray fromEnv = qgetenv(m_variable.constData());
    if (!fromEnv.isEmpty()) {
        done(fromEnv, {});
        return;
    }
    // No parent: the keychain answers asynchronously and may do so after whoever asked is gone;
    // the job deletes itself when it finishes, and the connection goes with `this`.
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(m_key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
            [done, what = m_what, variable = m_variable](QKeychain::Job *finished) {
                auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                if (read->error() == QKeychain::NoError)
                    done(read->textData().toUtf8(), {});
                else if (read->error() == QKeychain::EntryNotFound)
                    done({}, {});
                else
                    done({}, problemText(read, what, variable));
            });
    job->start();
}

void KeychainSecret::store(const QByteArray &secret, std::function<void(const Status &)> done)
{
    QKeychain::Job *job = nullptr;
    if (secret.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(m_service);
    } else {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(QString::fromUtf8(secret));
        job = write;
    }
    job->setKey(m_key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
            [done, what = m_what, variable = m_variable](QKeychain::Job *finished) {
                if (finished->error() != QKeychain::NoError &&
                    finished->error() != QKeychain::EntryNotFound)
                    done(Status::failure(problemText(finished, what, variable)));
                else
                    done(Status());
            });
    job->start();
}

} // namespace pinedesk
