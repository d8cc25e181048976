#include "DatabaseTarget.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QStringList sslModes = {u"disable"_s, u"allow"_s,     u"prefer"_s,
                              u"require"_s, u"verify-ca"_s, u"verify-full"_s};

Expected<DatabaseTarget> refuse(const QString &why)
{
    return Expected<DatabaseTarget>::failure(why);
}

} // namespace

DatabaseTarget DatabaseTarget::sqliteFile(const QString &path)
{
    DatabaseTarget t;
    t.path = path;
    return t;
}

bool DatabaseTarget::looksLikeUrl(const QString &text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
           text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

Expected<DatabaseTarget> DatabaseTarget::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return refuse(tr("The database is empty: give a file path or a postgresql:// address."));
    if (!looksLikeUrl(trimmed)) {
        if (trimmed.contains(u"://"_s))
            return refuse(
                tr("\"%1\" is neither a file path nor a postgresql:// address.").arg(trimmed));
        return sqliteFile(trimmed);
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(
            tr("\"%1\" is not a valid database address: %2").arg(trimmed, url.errorString()));
    if (!url.password().isEmpty())
        return refuse(tr("Leave the password out of the database address: PineDesk keeps it in "
                         "the keychain (or set PGPASSWORD or ~/.pgpass for the command line)."));
    DatabaseTarget t;
    t.backend = Backend::Postgresql;
    t.host = url.host();
    t.port = url.port(5432);
    t.user = url.userName();
    t.database = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host"_s) {
            t.host = value; // a Unix socket folder, as libpq accepts it
        } else if (key == u"sslmode"_s) {
            if (!sslModes.contains(value))
                return refuse(
                    tr("sslmode \"%1\" is not one of %2.").arg(value, sslModes.join(u", "_s)));
            t.sslMode = value;
        } else {
            return refuse(tr("The database address has an option PineDesk does not know: "
                             "\"%1\". Known: sslmode, host.")
                              .arg(key));
        }
    }
    if (t.host.isEmpty())
        return refuse(tr("The database address names no host, e.g. "
                         "postgresql://maria@db.example.com/pinedesk."));
    if (t.database.isEmpty() || t.database.contains(u'/'))
        return refuse(tr("The database address names no database after the host, e.g. "
                         "postgresql://maria@db.example.com/pinedesk."));
    if (t.user.isEmpty())
        return refuse(tr("The database address names no user, e.g. "
                         "postgresql://maria@db.example.com/pinedesk."));
    return t;
}

QString DatabaseTarget::toString() const
{
    if (!isPostgresql())
        return path;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    const bool socket = host.startsWith(u'/');
    url.setHost(socket ? u"localhost"_s : host);
    if (port != 5432)
        url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (socket)
        query.addQueryItem(u"host"_s, host);
    if (!sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, sslMode);
    url.setQuery(query);
    return url.toString();
}

QString DatabaseTarget::connectOptions() const
{
    QStringList options = {u"connect_timeout=10"_s, u"application_name=PineDesk"_s};
    if (!sslMode.isEmpty())
        options.append(u"sslmode="_s + sslMode);
    return options.join(u';');
}

} // namespace pinedesk
