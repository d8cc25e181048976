#include "OutboxSender.h"

#include "mail/SmtpPassword.h"
#include "mail/SmtpSettings.h"

#include <QEventLoop>

namespace pinedesk {

Expected<MailDrain::Result> OutboxSender::sendDue(const StoreContext &context, int max)
{
    using R = Expected<MailDrain::Result>;
    const SmtpSettings settings = SmtpSettings::load(context);
    if (!settings.isSet())
        return R::failure(tr("No mail server is set: run 'pinedesk mail server --host HOST "
                             "--from ADDRESS' first."));
    QByteArray password;
    QString problem;
    if (!settings.username.isEmpty()) {
        SmtpPassword keychain;
        QEventLoop loop;
        keychain.load([&](const QByteArray &p, const QString &why) {
            password = p;
            problem = why;
            loop.quit();
        });
        loop.exec();
        if (!problem.isEmpty())
            return R::failure(problem);
    }
    const SmtpClient client(settings, password);
    return MailDrain(context, client, settings.perMinute).run(max);
}

} // namespace pinedesk
