#include "TvResponseParser.h"

#include "TvDateTime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

constexpr int maxMessageLength = 300;

TvError make(TvError::Kind kind, const TvResponseParser::Answer &a, const QString &message)
{
    TvError e;
    e.kind = kind;
    e.httpStatus = a.status;
    e.serverMessage = message.left(maxMessageLength);
    e.subject = a.subject;
    return e;
}

TvError protocol(const TvResponseParser::Answer &a, const QString &what)
{
    return make(TvError::Kind::ProtocolError, a, what);
}

std::optional<QJsonDocument> json(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return std::nullopt;
    return doc;
}

// What the server said, in one line: DRF's "detail", field errors, or an HTML page's title.
QString serverText(const QByteArray &body)
{
    if (const auto doc = json(body); doc && doc->isObject()) {
        const QJsonObject o = doc->object();
        if (o.value(u"detail"_s).isString())
            return o.value(u"detail"_s).toString();
        QStringList parts;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isArray()) {
                QStringList messages;
                for (const QJsonValue &v : it.value().toArray())
                    messages.append(v.toString());
                parts.append(it.key() + u": "_s + messages.join(u' '));
            } else if (it.key() == u"error"_s && it.value().isString()) {
                parts.append(it.value().toString());
            }
        }
        if (!parts.isEmpty())
            return parts.join(u"; "_s);
        if (o.value(u"code"_s).isString())
            return o.value(u"code"_s).toString();
    }
    const QString text = QString::fromUtf8(body.left(4096));
    static const QRegularExpression title(u"<title>([^<]*)</title>"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    if (const auto m = title.match(text); m.hasMatch())
        return m.captured(1).simplified();
    return text.simplified().left(120);
}

QString statusField(const QByteArray &body)
{
    const auto doc = json(body);
    if (!doc || !doc->isObject())
        return {};
    return doc->object().value(u"status"_s).toString();
}

bool ok2xx(int status)
{
    return status >= 200 && status < 300;
}

} // namespace

std::optional<int> TvResponseParser::parseRetryAfter(const QByteArray &header)
{
    const QByteArray v = header.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok)
        return seconds < 0 ? 0 : (seconds > 86400 ? 86400 : int(seconds + 0.999));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    const qint64 delta = QDateTime::currentDateTimeUtc().secsTo(when);
    return int(qBound(qint64(0), delta, qint64(86400)));
}

TvError TvResponseParser::error(const Answer &a)
{
    if (a.transportError)
        return *a.transportError;
    const QString text = serverText(a.body);
    if (a.status == 401 || a.status == 403)
        return make(TvError::Kind::SessionExpired, a, text);
    if (a.status == 429) {
        TvError e = make(TvError::Kind::RateLimited, a, text);
        e.retryAfterSeconds = parseRetryAfter(a.retryAfter);
        return e;
    }
    if (a.status >= 500)
        return make(TvError::Kind::ServerError, a, text);
    if (a.status == 409)
        return make(TvError::Kind::AlreadyExists, a, text);
    if (a.status == 422 || a.status == 400 || a.status == 404) {
        if (const auto doc = json(a.body); doc && doc->isObject()) {
            const QJsonObject o = doc->object();
            const QString code = o.value(u"code"_s).toString();
            if (code == u"username_recip_not_found"_s || o.contains(u"username_recip"_s) ||
                o.value(u"detail"_s).toString().startsWith(u"User not found"_s))
                return make(TvError::Kind::UserNotFound, a, text);
            if (o.contains(u"pine_id"_s) || code == u"pine_id_not_found"_s)
                return make(TvError::Kind::ScriptNotFound, a, text);
        }
        return make(TvError::Kind::BadRequest, a, text);
    }
    if (a.status >= 400)
        return make(TvError::Kind::BadRequest, a, text);
    return protocol(a, u"unexpected HTTP %1: %2"_s.arg(a.status).arg(text));
}

TvResult<TvAccount> TvResponseParser::account(const Answer &a)
{
    if (!ok2xx(a.status))
        return TvResult<TvAccount>::failure(error(a));
    const auto doc = json(a.body);
    if (!doc || !doc->isObject())
        return TvResult<TvAccount>::failure(protocol(a, u"session probe: not a JSON object"_s));
    const QJsonObject o = doc->object();
    QString name = o.value(u"link"_s).toString();
    if (name.isEmpty())
        name = o.value(u"username"_s).toString();
    if (name.isEmpty())
        return TvResult<TvAccount>::failure(protocol(a, u"session probe: no account name"_s));
    return TvAccount{name, o.value(u"currency"_s).toString()};
}

TvResult<std::optional<QString>> TvResponseParser::usernameHint(const Answer &a,
                                                                const QString &username)
{
    using R = TvResult<std::optional<QString>>;
    if (!ok2xx(a.status))
        return R::failure(error(a));
    const auto doc = json(a.body);
    if (!doc || !doc->isArray())
        return R::failure(protocol(a, u"username hint: not a JSON array"_s));
    for (const QJsonValue &v : doc->array()) {
        const QString candidate = v.toObject().value(u"username"_s).toString();
        if (!candidate.isEmpty() && candidate.compare(username, Qt::CaseInsensitive) == 0)
            return std::optional<QString>(candidate);
    }
    return std::optional<QString>();
}

TvResult<TvResponseParser::UserPage> TvResponseParser::userPage(const Answer &a)
{
    using R = TvResult<UserPage>;
    if (!ok2xx(a.status))
        return R::failure(error(a));
    const auto doc = json(a.body);
    if (!doc || !doc->isObject())
        return R::failure(protocol(a, u"user list: not a JSON object"_s));
    const QJsonObject o = doc->object();
    if (!o.value(u"results"_s).isArray())
        return R::failure(protocol(a, u"user list: no results"_s));
    UserPage page;
    for (const QJsonValue &v : o.value(u"results"_s).toArray()) {
        if (!v.isObject())
            return R::failure(protocol(a, u"user list: an entry is not an object"_s));
        const QJsonObject e = v.toObject();
        TvGrant g;
        g.username = e.value(u"username"_s).toString();
        if (g.username.isEmpty())
            return R::failure(protocol(a, u"user list: an entry has no username"_s));
        g.id = qint64(e.value(u"id"_s).toDouble());
        const QJsonValue expiration = e.value(u"expiration"_s);
        if (expiration.isNull() || expiration.isUndefined()) {
            g.expiration = Expiration::lifetime();
        } else {
            const auto when = TvDateTime::parse(expiration.toString());
            if (!when)
                return R::failure(protocol(a, u"user list: unreadable expiration"_s));
            g.expiration = Expiration::at(*when);
        }
        if (const auto created = TvDateTime::parse(e.value(u"created"_s).toString()))
            g.created = *created;
        page.grants.append(g);
    }
    const QJsonValue next = o.value(u"next"_s);
    if (next.isString())
        page.next = next.toString();
    else if (!next.isNull() && !next.isUndefined())
        return R::failure(protocol(a, u"user list: unreadable next link"_s));
    return page;
}

TvResult<TvResponseParser::AddOutcome> TvResponseParser::add(const Answer &a)
{
    using R = TvResult<AddOutcome>;
    if (!ok2xx(a.status))
        return R::failure(error(a));
    const QString status = statusField(a.body);
    if (status == u"exists"_s)
        return AddOutcome::Exists;
    if (status == u"ok"_s)
        return AddOutcome::Created;
    return R::failure(protocol(a, u"add: unexpected answer"_s));
}

TvResult<bool> TvResponseParser::modify(const Answer &a)
{
    if (!ok2xx(a.status))
        return TvResult<bool>::failure(error(a));
    if (statusField(a.body) == u"ok"_s)
        return true;
    return TvResult<bool>::failure(protocol(a, u"modify: unexpected answer"_s));
}

TvResult<TvResponseParser::RemoveOutcome> TvResponseParser::remove(const Answer &a)
{
    using R = TvResult<RemoveOutcome>;
    if (!ok2xx(a.status))
        return R::failure(error(a));
    const QString status = statusField(a.body);
    if (status == u"ok"_s)
        return RemoveOutcome::Removed;
    if (status == u"not_exists"_s)
        return RemoveOutcome::NotMember;
    return R::failure(protocol(a, u"remove: unexpected answer"_s));
}

TvResult<QStringList> TvResponseParser::scriptIds(const Answer &a)
{
    if (!ok2xx(a.status))
        return TvResult<QStringList>::failure(error(a));
    const auto doc = json(a.body);
    if (!doc || !doc->isArray())
        return TvResult<QStringList>::failure(protocol(a, u"script list: not a JSON array"_s));
    QStringList ids;
    for (const QJsonValue &v : doc->array()) {
        if (!v.isString())
            return TvResult<QStringList>::failure(protocol(a, u"script list: not an id"_s));
        ids.append(v.toString());
    }
    return ids;
}

TvResult<QList<TvScript>> TvResponseParser::scriptNames(const Answer &a)
{
    using R = TvResult<QList<TvScript>>;
    if (!ok2xx(a.status))
        return R::failure(error(a));
    const auto doc = json(a.body);
    if (!doc || !doc->isArray())
        return R::failure(protocol(a, u"script names: not a JSON array"_s));
    QList<TvScript> scripts;
    for (const QJsonValue &v : doc->array()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(u"scriptIdPart"_s).toString();
        if (id.isEmpty())
            continue;
        const QJsonValue version = o.value(u"version"_s);
        scripts.append(
            {id, o.value(u"scriptName"_s).toString(),
             version.isString()
                 ? version.toString()
                 : (version.isDouble() ? QString::number(version.toDouble()) : QString())});
    }
    return scripts;
}

} // namespace pinedesk
