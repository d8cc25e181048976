#include "SmtpPassword.h"

#include "SmtpSettings.h"

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QString key = u"smtp-password"_s;

QString problemText(QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoBackendAvailable ||
        job->error() == QKeychain::NotImplemented ||
        job->errorString().contains(u"connect"_s, Qt::CaseInsensitive))
        return QCoreApplication::translate("SmtpPassword",
                                           "No system keychain is available for the mail "
                                           "server's password; unlock one, or set %1.")
            .arg(QString::fromLatin1(SmtpSettings::passwordVariable));
    return QCoreApplication::translate("SmtpPassword", "The keychain failed: %1")
        .arg(job->errorString());
}

} // namespace

SmtpPassword::SmtpPassword(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

void SmtpPassword::load(std::function<void(const QByteArray &, const QString &)> done)
{
    const QByteArray fromEnv = qgetenv(SmtpSettings::passwordVariable);
    if (!fromEnv.isEmpty()) {
        done(fromEnv, {});
        return;
    }
    // No parent: the keychain answers asynchronously and may do so after whoever asked is gone;
    // the job deletes itself when it finishes, and the connection goes with `this`.
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::NoError)
            done(read->textData().toUtf8(), {});
        else if (read->error() == QKeychain::EntryNotFound)
            done({}, {});
        else
            done({}, problemText(read));
    });
    job->start();
}

void SmtpPassword::store(const QByteArray &password, std::function<void(const Status &)> done)
{
    QKeychain::Job *job = nullptr;
    if (password.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(m_service);
    } else {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(QString::fromUtf8(password));
        job = write;
    }
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError &&
            finished->error() != QKeychain::EntryNotFound)
            done(Status::failure(problemText(finished)));
        else
            done(Status());
    });
    job->start();
}

} // namespace pinedesk
