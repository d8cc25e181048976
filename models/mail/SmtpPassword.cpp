#include "SmtpPassword.h"

#include "SmtpSettings.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

SmtpPassword::SmtpPassword(QString service, QObject *parent)
    : KeychainSecret(u"smtp-password"_s, SmtpSettings::passwordVariable,
                     tr("the mail server's password"), std::move(service), parent)
{}

} // namespace pinedesk
