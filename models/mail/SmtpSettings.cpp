#include "SmtpSettings.h"

#include "store/SettingsStore.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QString prefix = u"smtp."_s;

} // namespace

QString SmtpSettings::toText(Security security)
{
    switch (security) {
    case Security::StartTls:
        return u"starttls"_s;
    case Security::Tls:
        return u"tls"_s;
    case Security::None:
        return u"none"_s;
    }
    return {};
}

QString SmtpSettings::domain() const
{
    const qsizetype at = fromAddress.lastIndexOf(u'@');
    return at >= 0 ? fromAddress.mid(at + 1) : u"localhost"_s;
}

Status SmtpSettings::validate() const
{
    if (host.trimmed().isEmpty())
        return Status::failure(tr("Enter the mail server (such as smtp.example.com)."));
    if (port < 1 || port > 65535)
        return Status::failure(tr("The port goes from 1 to 65535."));
    const qsizetype at = fromAddress.indexOf(u'@');
    if (at <= 0 || at == fromAddress.size() - 1 || fromAddress.contains(u' ') ||
        fromAddress.contains(u'<') || fromAddress.contains(u'\n'))
        return Status::failure(
            tr("The sender address \"%1\" is not an e-mail address.").arg(fromAddress));
    if (fromName.contains(u'\n') || fromName.contains(u'\r'))
        return Status::failure(tr("The sender name is one line."));
    if (perMinute < 1 || perMinute > 600)
        return Status::failure(tr("Send 1 to 600 e-mails a minute."));
    return {};
}

SmtpSettings SmtpSettings::load(StoreContext context)
{
    SettingsStore store(std::move(context));
    SmtpSettings s;
    s.host = store.value(prefix + u"host"_s, QString());
    bool ok = false;
    const int port = store.value(prefix + u"port"_s, QString::number(s.port)).toInt(&ok);
    if (ok && port > 0 && port <= 65535)
        s.port = port;
    const QString security = store.value(prefix + u"security"_s, toText(s.security));
    s.security = security == u"tls"_s    ? Security::Tls
                 : security == u"none"_s ? Security::None
                                         : Security::StartTls;
    s.username = store.value(prefix + u"username"_s, QString());
    s.fromAddress = store.value(prefix + u"from_address"_s, QString());
    s.fromName = store.value(prefix + u"from_name"_s, QString());
    const int pace = store.value(prefix + u"per_minute"_s, QString::number(s.perMinute)).toInt(&ok);
    if (ok && pace >= 1 && pace <= 600)
        s.perMinute = pace;
    return s;
}

Status SmtpSettings::save(StoreContext context) const
{
    if (const Status valid = validate(); !valid)
        return valid;
    SettingsStore store(std::move(context));
    for (const auto &[key, value] :
         {std::pair{u"host"_s, host.trimmed()}, std::pair{u"port"_s, QString::number(port)},
          std::pair{u"security"_s, toText(security)}, std::pair{u"username"_s, username.trimmed()},
          std::pair{u"from_address"_s, fromAddress.trimmed()},
          std::pair{u"from_name"_s, fromName.trimmed()},
          std::pair{u"per_minute"_s, QString::number(perMinute)}}) {
        if (const Status s = store.setValue(prefix + key, value); !s)
            return s;
    }
    return {};
}

} // namespace pinedesk
