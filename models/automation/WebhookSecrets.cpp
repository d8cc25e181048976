#include "WebhookSecrets.h"

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QString problemText(const QString &provider, QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoBackendAvailable ||
        job->error() == QKeychain::NotImplemented ||
        job->errorString().contains(u"connect"_s, Qt::CaseInsensitive))
        return QCoreApplication::translate(
                   "WebhookSecrets",
                   "No system keychain is available for the %1 secret; unlock one, or set %2.")
            .arg(provider, WebhookSecrets::environmentVariable(provider));
    return QCoreApplication::translate("WebhookSecrets", "The keychain failed for %1: %2")
        .arg(provider, job->errorString());
}

} // namespace

WebhookSecrets::WebhookSecrets(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

QString WebhookSecrets::environmentVariable(const QString &provider)
{
    return u"PINEDESK_WEBHOOK_SECRET_"_s + provider.toUpper();
}

QString WebhookSecrets::keyOf(const QString &provider) const
{
    return u"webhook-secret-"_s + provider;
}

void WebhookSecrets::load(const QStringList &providers,
                          std::function<void(const Secrets &, const QStringList &)> done)
{
    loadNext(providers, {}, {}, std::move(done));
}

void WebhookSecrets::loadNext(QStringList remaining, Secrets secrets, QStringList problems,
                              std::function<void(const Secrets &, const QStringList &)> done)
{
    while (!remaining.isEmpty()) {
        const QString provider = remaining.first();
        const QByteArray fromEnv = qgetenv(environmentVariable(provider).toLatin1().constData());
        if (fromEnv.isEmpty())
            break;
        secrets.insert(provider, fromEnv.trimmed());
        remaining.removeFirst();
    }
    if (remaining.isEmpty()) {
        done(secrets, problems);
        return;
    }
    const QString provider = remaining.takeFirst();
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(keyOf(provider));
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
            [this, provider, remaining, secrets, problems, done](QKeychain::Job *finished) mutable {
                auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                if (read->error() == QKeychain::NoError)
                    secrets.insert(provider, read->textData().trimmed().toUtf8());
                else if (read->error() != QKeychain::EntryNotFound)
                    problems.append(problemText(provider, read));
                loadNext(remaining, secrets, problems, done);
            });
    job->start();
}

void WebhookSecrets::store(const QString &provider, const QByteArray &secret,
                           std::function<void(const Status &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(keyOf(provider));
    job->setInsecureFallback(false);
    job->setTextData(QString::fromUtf8(secret.trimmed()));
    connect(job, &QKeychain::Job::finished, this, [provider, done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError)
            done(Status::failure(problemText(provider, finished)));
        else
            done(Status());
    });
    job->start();
}

void WebhookSecrets::clear(const QString &provider, std::function<void(const Status &)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(keyOf(provider));
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [provider, done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError &&
            finished->error() != QKeychain::EntryNotFound)
            done(Status::failure(problemText(provider, finished)));
        else
            done(Status());
    });
    job->start();
}

} // namespace pinedesk
