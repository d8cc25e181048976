#include "SandboxApi.h"

#include "FormBody.h"
#include "domain/Clock.h"
#include "tradingview/TvDateTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QtMath>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QByteArray toJson(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

HttpResponse drf(int status, const QJsonObject &o)
{
    return HttpResponse::json(status, toJson(o));
}

HttpResponse fieldError(const QString &field, const QString &message)
{
    return drf(422, {{field, QJsonArray{message}}});
}

HttpResponse statusOk(int httpStatus = 200, const QString &status = u"ok"_s)
{
    return drf(httpStatus, {{u"status"_s, status}});
}

const QString wrongDateFormat = u"Datetime has wrong format. Use one of these formats instead: "
                                "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."_s;

struct Route
{
    const char16_t *path;
    const char *methods;
    bool needsAuth;
};

const Route routes[] = {
    {u"/username_hint/", "GET", false},       {u"/pine_perm/list_users/", "POST", true},
    {u"/pine_perm/add/", "POST", true},       {u"/pine_perm/modify_user_expiration/", "POST", true},
    {u"/pine_perm/remove/", "POST", true},    {u"/pine_perm/list_scripts/", "GET POST", true},
    {u"/pubscripts-get/", "GET POST", false}, {u"/tvcoins/details/", "GET", true},
    {u"/accounts/signin/", "POST", false},
};

QString encodeCursor(int offset)
{
    return QString::fromLatin1(
        QByteArray("o=" + QByteArray::number(offset))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<int> decodeCursor(const QString &cursor)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    if (!raw.startsWith("o="))
        return std::nullopt;
    bool ok = false;
    const int offset = raw.mid(2).toInt(&ok);
    return ok && offset >= 0 ? std::optional<int>(offset) : std::nullopt;
}

} // namespace

SandboxApi::SandboxApi(SandboxConfig config, SandboxState state, const Clock &clock)
    : m_config(std::move(config))
    , m_state(std::move(state))
    , m_clock(clock)
    , m_session(m_config.session)
    , m_random(quint32(m_config.seed))
{
    m_monotonic.start();
    m_buckets[CallClass::Write] = TokenBucket(m_config.writeRate, m_config.writeBurst);
    m_buckets[CallClass::Remove] = TokenBucket(m_config.removeRate, m_config.removeBurst);
    m_buckets[CallClass::Hint] = TokenBucket(m_config.hintRate, m_config.hintBurst);
    m_buckets[CallClass::Read] = TokenBucket(m_config.readRate, m_config.readBurst);
}

QString SandboxApi::renewSession()
{
    m_session = u"sandbox-%1"_s.arg(m_random.generate64(), 16, 16, QChar(u'0'));
    m_previousSession.clear();
    m_sessionDead = false;
    m_authenticatedCalls = 0;
    m_config.expireAt = QDateTime();
    return m_session;
}

SandboxApi::Auth SandboxApi::authenticate(const HttpRequest &request)
{
    QString id;
    QString sign;
    const QString cookies = QString::fromLatin1(request.header("cookie"));
    for (const QString &part : cookies.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0)
            continue;
        const QString name = part.left(eq).trimmed();
        QString value = part.mid(eq + 1).trimmed();
        if (value.startsWith(u'"') && value.endsWith(u'"') && value.size() >= 2)
            value = value.mid(1, value.size() - 2);
        if (name == u"sessionid"_s)
            id = value;
        else if (name == u"sessionid_sign"_s)
            sign = value;
    }
    if (id.isEmpty())
        return Auth::Missing;
    if (id != m_session && (m_previousSession.isEmpty() || id != m_previousSession))
        return Auth::Missing;
    if (m_config.requireSign && sign != m_config.sessionSign)
        return Auth::Missing;
    if (m_sessionDead || (m_config.expireAt.isValid() && m_clock.nowUtc() >= m_config.expireAt))
        return Auth::Expired;
    if (m_config.expireAfterCalls > 0 &&
        m_authenticatedCalls >= quint64(m_config.expireAfterCalls)) {
        m_sessionDead = true;
        return Auth::Expired;
    }
    ++m_authenticatedCalls;
    return Auth::Ok;
}

std::optional<HttpResponse> SandboxApi::throttle(CallClass callClass)
{
    TokenBucket &bucket = m_buckets[callClass];
    const double now = double(m_monotonic.nsecsElapsed()) / 1e9;
    if (bucket.tryTake(now))
        return std::nullopt;
    ++m_counters.throttled;
    const int wait = qMax(1, qCeil(bucket.waitSeconds(now)));
    HttpResponse r = drf(
        429,
        {{u"detail"_s, u"Request was throttled. Expected available in %1 seconds."_s.arg(wait)}});
    if (m_config.retryAfter)
        r.headers.append({"Retry-After", QByteArray::number(wait)});
    return r;
}

HttpResponse SandboxApi::handle(const HttpRequest &request)
{
    if (request.path.startsWith(u"/__sandbox/"_s))
        return admin(request);

    const Route *matched = nullptr;
    for (const Route &r : routes) {
        if (request.path == QStringView(r.path))
            matched = &r;
    }
    ++m_counters.requests;
    if (!matched)
        return HttpResponse::html(404, u"404 Not Found"_s);
    m_counters.byEndpoint[QString::fromUtf16(matched->path)] += 1;
    if (!QByteArray(matched->methods).split(' ').contains(request.method)) {
        return drf(405, {{u"detail"_s, u"Method \"%1\" not allowed."_s.arg(
                                           QString::fromLatin1(request.method))}});
    }

    // Faults first, as a flaky network or server would play them.
    if (m_config.dropRate > 0 && m_random.generateDouble() < m_config.dropRate) {
        ++m_counters.dropped;
        HttpResponse dropped;
        dropped.drop = true;
        return dropped;
    }
    int delay = m_config.latencyMinMs;
    if (m_config.latencyMaxMs > m_config.latencyMinMs)
        delay += int(m_random.bounded(m_config.latencyMaxMs - m_config.latencyMinMs + 1));
    auto withDelay = [delay](HttpResponse r) {
        r.delayMs = delay;
        return r;
    };
    if (m_config.failRate > 0 && m_random.generateDouble() < m_config.failRate) {
        ++m_counters.failed;
        const int status = m_random.bounded(3) == 0 ? 503 : (m_random.bounded(2) ? 500 : 502);
        return withDelay(
            m_config.htmlErrors
                ? HttpResponse::html(status, u"%1 %2"_s.arg(status).arg(QString::fromLatin1(
                                                 HttpResponse::reasonPhrase(status))))
                : drf(status, {{u"detail"_s, u"A server error occurred."_s}}));
    }

    bool rotated = false;
    if (matched->needsAuth) {
        const Auth auth = authenticate(request);
        if (auth != Auth::Ok) {
            return withDelay(drf(
                403, {{u"detail"_s, auth == Auth::Expired
                                        ? u"Authentication credentials were not provided."_s
                                        : u"Authentication credentials were not provided."_s}}));
        }
        if (m_config.rotateEvery > 0 && m_authenticatedCalls % quint64(m_config.rotateEvery) == 0) {
            m_previousSession = m_session;
            m_session = u"sandbox-%1"_s.arg(m_random.generate64(), 16, 16, QChar(u'0'));
            rotated = true;
        }
    }
    const QString endpoint = QString::fromUtf16(matched->path);
    const CallClass callClass =
        endpoint == u"/pine_perm/add/"_s || endpoint == u"/pine_perm/modify_user_expiration/"_s
            ? CallClass::Write
        : endpoint == u"/pine_perm/remove/"_s ? CallClass::Remove
        : endpoint == u"/username_hint/"_s    ? CallClass::Hint
                                              : CallClass::Read;
    if (auto throttled = throttle(callClass))
        return withDelay(*throttled);

    HttpResponse response = route(request, endpoint);
    if (rotated) {
        response.headers.append(
            {"Set-Cookie",
             "sessionid=" + m_session.toLatin1() +
                 "; Domain=.tradingview.com; HttpOnly; Path=/; SameSite=Lax; Secure"});
    }
    if (m_config.malformedRate > 0 && m_random.generateDouble() < m_config.malformedRate) {
        ++m_counters.malformed;
        response.body = response.body.left(qMax<qsizetype>(1, response.body.size() / 2));
    }
    return withDelay(response);
}

HttpResponse SandboxApi::route(const HttpRequest &request, const QString &endpoint)
{
    if (endpoint == u"/username_hint/"_s)
        return usernameHint(request);
    if (endpoint == u"/tvcoins/details/"_s)
        return accountDetails();
    if (endpoint == u"/pine_perm/list_scripts/"_s)
        return listScripts();
    auto form = FormBody::parse(request);
    if (!form)
        return drf(400, {{u"detail"_s, u"Malformed request body."_s}});
    // Some clients put fields in the query string; the body wins when both have one.
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (!form->contains(key))
            form->insert(key, value);
    }
    if (endpoint == u"/pine_perm/list_users/"_s)
        return listUsers(request, *form);
    if (endpoint == u"/pine_perm/add/"_s)
        return add(*form);
    if (endpoint == u"/pine_perm/modify_user_expiration/"_s)
        return modify(*form);
    if (endpoint == u"/pine_perm/remove/"_s)
        return remove(*form);
    if (endpoint == u"/pubscripts-get/"_s)
        return scriptNames(*form);
    return signIn(*form);
}

void SandboxApi::purgeExpired(SandboxState::Script &script)
{
    const QDateTime cutoff = m_clock.nowUtc().addDays(-m_config.graceDays);
    for (auto it = script.grants.begin(); it != script.grants.end();) {
        if (it->expiration && *it->expiration <= cutoff)
            it = script.grants.erase(it);
        else
            ++it;
    }
}

QByteArray SandboxApi::userpic(const QString &username) const
{
    if (m_config.userpicBytes <= 0)
        return "https://s3.tradingview.com/userpics/" + username.toUtf8() + "-sandbox.png";
    QByteArray raw(m_config.userpicBytes * 3 / 4, '\0');
    quint32 x = qHash(username);
    for (char &c : raw) {
        x = x * 1664525u + 1013904223u;
        c = char(x >> 24);
    }
    return "data:image/png;base64," + raw.toBase64();
}

HttpResponse SandboxApi::usernameHint(const HttpRequest &request)
{
    const QString text = request.query.queryItemValue(u"s"_s, QUrl::FullyDecoded).toLower();
    QJsonArray hints;
    if (!text.isEmpty()) {
        for (auto it = m_state.users().lowerBound(text);
             it != m_state.users().end() && it.key().startsWith(text) && hints.size() < 20; ++it) {
            hints.append(QJsonObject{
                {u"id"_s, it->id}, {u"username"_s, it->username}, {u"inactive"_s, false}});
        }
    }
    return HttpResponse::json(200, toJson(hints));
}

HttpResponse SandboxApi::listUsers(const HttpRequest &request, const QMap<QString, QString> &form)
{
    const QString pineId = form.value(u"pine_id"_s);
    if (pineId.isEmpty())
        return fieldError(u"pine_id"_s, u"This field is required."_s);
    SandboxState::Script *script = m_state.script(pineId);
    if (!script)
        return fieldError(u"pine_id"_s, u"Invalid pine_id or no permission for this script."_s);
    purgeExpired(*script);

    int limit = m_config.defaultPageSize;
    const QString limitText = request.query.queryItemValue(u"limit"_s);
    if (!limitText.isEmpty()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 1 || limit > m_config.maxLimit) {
            return drf(400, {{u"code"_s, u"bad_pagination_request"_s},
                             {u"detail"_s, u"Invalid pagination parameters."_s}});
        }
    }
    int offset = 0;
    const QString cursor = request.query.queryItemValue(u"c"_s, QUrl::FullyDecoded);
    if (!cursor.isEmpty()) {
        const auto decoded = decodeCursor(cursor);
        if (!decoded)
            return drf(400, {{u"code"_s, u"bad_pagination_request"_s},
                             {u"detail"_s, u"Invalid cursor"_s}});
        offset = *decoded;
    }
    static const QStringList orders = {u"-created"_s,
                                       u"created"_s,
                                       u"user__username"_s,
                                       u"-user__username"_s,
                                       u"expiration,user__username"_s,
                                       u"-expiration,user__username"_s};
    QString order = request.query.queryItemValue(u"order_by"_s, QUrl::FullyDecoded);
    if (!orders.contains(order))
        order = u"-created"_s;

    const QString filter = form.value(u"username"_s).toLower();
    QList<SandboxState::Grant> grants;
    for (const SandboxState::Grant &g : std::as_const(script->grants)) {
        const QString name = g.username.toLower();
        const bool match =
            filter.isEmpty() ||
            (m_config.usernameFilter == SandboxConfig::UsernameFilter::Exact ? name == filter
             : m_config.usernameFilter == SandboxConfig::UsernameFilter::Prefix
                 ? name.startsWith(filter)
                 : name.contains(filter));
        if (match)
            grants.append(g);
    }
    const bool descending = order.startsWith(u'-');
    const QString key = descending ? order.mid(1) : order;
    std::stable_sort(
        grants.begin(), grants.end(),
        [&](const SandboxState::Grant &a, const SandboxState::Grant &b) {
            int c = 0;
            if (key == u"created"_s)
                c = a.created < b.created ? -1 : (b.created < a.created ? 1 : 0);
            else if (key.startsWith(u"expiration"_s)) {
                // Lifetime (null) sorts after every date.
                const QDateTime far(QDate(9999, 12, 31), QTime(0, 0), QTimeZone::utc());
                const QDateTime ea = a.expiration.value_or(far), eb = b.expiration.value_or(far);
                c = ea < eb ? -1 : (eb < ea ? 1 : 0);
            }
            if (c == 0)
                c = a.username.compare(b.username, Qt::CaseInsensitive);
            if (c == 0)
                c = a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
            return descending ? c > 0 : c < 0;
        });

    QJsonArray results;
    for (int i = offset; i < grants.size() && i < offset + limit; ++i) {
        const SandboxState::Grant &g = grants[i];
        results.append(QJsonObject{
            {u"id"_s, g.id},
            {u"username"_s, g.username},
            {u"userpic"_s, QString::fromLatin1(userpic(g.username))},
            {u"expiration"_s, g.expiration ? QJsonValue(TvDateTime::toResponse(*g.expiration))
                                           : QJsonValue(QJsonValue::Null)},
            {u"created"_s, TvDateTime::toResponse(g.created)}});
    }
    auto link = [&](int at) {
        return QJsonValue(u"/pine_perm/list_users/?c=%1&limit=%2&order_by=%3"_s.arg(
            encodeCursor(at), QString::number(limit),
            QString::fromLatin1(QUrl::toPercentEncoding(order))));
    };
    const QJsonValue next =
        offset + limit < grants.size() ? link(offset + limit) : QJsonValue(QJsonValue::Null);
    const QJsonValue prev =
        offset > 0 ? link(qMax(0, offset - limit)) : QJsonValue(QJsonValue::Null);
    return HttpResponse::json(
        200, toJson(QJsonObject{{u"results"_s, results}, {u"next"_s, next}, {u"prev"_s, prev}}));
}

namespace {

// The checks add, modify and remove share: the script, then the user.
struct Target
{
    SandboxState::Script *script = nullptr;
    const SandboxState::User *user = nullptr;
    std::optional<HttpResponse> error;
};

} // namespace

static Target resolveTarget(SandboxState &state, const SandboxConfig &config,
                            const QMap<QString, QString> &form)
{
    Target t;
    const QString pineId = form.value(u"pine_id"_s);
    const QString username = form.value(u"username_recip"_s).trimmed();
    if (pineId.isEmpty()) {
        t.error = fieldError(u"pine_id"_s, u"This field is required."_s);
        return t;
    }
    if (username.isEmpty()) {
        t.error = fieldError(u"username_recip"_s, u"This field is required."_s);
        return t;
    }
    t.script = state.script(pineId);
    if (!t.script) {
        t.error = fieldError(u"pine_id"_s, u"Invalid pine_id or no permission for this script."_s);
        return t;
    }
    t.user = state.findUser(username, config.strictCase);
    if (!t.user) {
        t.error = drf(422, {{u"code"_s, u"username_recip_not_found"_s},
                            {u"detail"_s, u"User not found: %1"_s.arg(username)}});
    }
    return t;
}

// nullopt inside: lifetime. The outer nullopt: a spelling the server refuses.
static std::optional<std::optional<QDateTime>> readExpiration(const QMap<QString, QString> &form)
{
    const QString text = form.value(u"expiration"_s).trimmed();
    if (text.isEmpty() || text == u"null"_s)
        return std::optional<QDateTime>();
    const auto when = TvDateTime::parse(text);
    if (!when)
        return std::nullopt;
    return std::optional<QDateTime>(*when);
}

// add and modify: the target, then the expiration (absent = lifetime, junk = a field error).
static Target resolveGrant(SandboxState &state, const SandboxConfig &config,
                           const QMap<QString, QString> &form, std::optional<QDateTime> &expiration)
{
    Target t = resolveTarget(state, config, form);
    if (t.error)
        return t;
    const auto parsed = readExpiration(form);
    if (!parsed)
        t.error = fieldError(u"expiration"_s, wrongDateFormat);
    else
        expiration = *parsed;
    return t;
}

void SandboxApi::countWrite(const QMap<QString, QString> &form)
{
    ++m_counters.writesByPair[form.value(u"pine_id"_s) + u'|' +
                              form.value(u"username_recip"_s).toLower()];
}

HttpResponse SandboxApi::add(const QMap<QString, QString> &form)
{
    countWrite(form);
    std::optional<QDateTime> expiration;
    const Target t = resolveGrant(m_state, m_config, form, expiration);
    if (t.error)
        return *t.error;
    purgeExpired(*t.script);
    const QString key = t.user->username.toLower();
    if (t.script->grants.contains(key))
        return statusOk(200, u"exists"_s); // add is not an upsert: nothing changes
    t.script->grants.insert(key,
                            {m_state.nextId(), t.user->username, expiration, m_clock.nowUtc()});
    return statusOk(201);
}

HttpResponse SandboxApi::modify(const QMap<QString, QString> &form)
{
    countWrite(form);
    std::optional<QDateTime> expiration;
    const Target t = resolveGrant(m_state, m_config, form, expiration);
    if (t.error)
        return *t.error;
    purgeExpired(*t.script);
    const auto it = t.script->grants.find(t.user->username.toLower());
    if (it == t.script->grants.end())
        return drf(404, {{u"detail"_s, u"Not found."_s}});
    it->expiration = expiration;
    return statusOk();
}

HttpResponse SandboxApi::remove(const QMap<QString, QString> &form)
{
    countWrite(form);
    Target t = resolveTarget(m_state, m_config, form);
    if (t.error)
        return *t.error;
    purgeExpired(*t.script);
    if (t.script->grants.remove(t.user->username.toLower()) > 0)
        return statusOk();
    return m_config.removeNonMember == SandboxConfig::RemoveNonMember::Ok
               ? statusOk()
               : statusOk(200, u"not_exists"_s);
}

HttpResponse SandboxApi::listScripts()
{
    QJsonArray ids;
    for (const QString &id : m_state.scriptIds())
        ids.append(id);
    return HttpResponse::json(200, toJson(ids));
}

HttpResponse SandboxApi::scriptNames(const QMap<QString, QString> &form)
{
    QJsonArray scripts;
    for (const QString &id : form.value(u"scriptIdPart"_s).split(u',', Qt::SkipEmptyParts)) {
        if (const SandboxState::Script *s = m_state.script(id.trimmed())) {
            scripts.append(QJsonObject{{u"scriptIdPart"_s, s->pineId},
                                       {u"scriptName"_s, s->name},
                                       {u"version"_s, s->version},
                                       {u"scriptAccess"_s, u"invite_only"_s}});
        }
    }
    return HttpResponse::json(200, toJson(scripts));
}

HttpResponse SandboxApi::accountDetails()
{
    return drf(200, {{u"link"_s, m_config.ownerUsername},
                     {u"currency"_s, u"USD"_s},
                     {u"partner_status"_s, 0},
                     {u"balance"_s, 0}});
}

HttpResponse SandboxApi::signIn(const QMap<QString, QString> &form)
{
    if (form.value(u"username"_s).compare(m_config.ownerUsername, Qt::CaseInsensitive) != 0 ||
        form.value(u"password"_s) != m_config.ownerPassword) {
        return drf(400, {{u"error"_s, u"Invalid username or password"_s},
                         {u"code"_s, u"invalid_credentials"_s}});
    }
    if (m_sessionDead)
        renewSession();
    HttpResponse r = drf(200, {{u"user"_s, QJsonObject{{u"username"_s, m_config.ownerUsername}}},
                               {u"error"_s, u""_s}});
    r.headers.append({"Set-Cookie", "sessionid=" + m_session.toLatin1() + "; HttpOnly; Path=/"});
    r.headers.append(
        {"Set-Cookie", "sessionid_sign=" + m_config.sessionSign.toLatin1() + "; HttpOnly; Path=/"});
    return r;
}

HttpResponse SandboxApi::admin(const HttpRequest &request)
{
    if (request.path == u"/__sandbox/state"_s) {
        QJsonObject state = m_state.toJson();
        state.insert(u"requests"_s, qint64(m_counters.requests));
        state.insert(u"throttled"_s, qint64(m_counters.throttled));
        return HttpResponse::json(200, toJson(state));
    }
    if (request.path == u"/__sandbox/session"_s && request.method == "POST") {
        const QString session = renewSession();
        return drf(200, {{u"sessionid"_s, session}, {u"sessionid_sign"_s, m_config.sessionSign}});
    }
    if (request.path == u"/__sandbox/users"_s && request.method == "POST") {
        const auto form = FormBody::parse(request);
        const QString name = form ? form->value(u"username"_s) : QString();
        if (name.isEmpty())
            return fieldError(u"username"_s, u"This field is required."_s);
        const auto &user = m_state.addUser(name);
        return drf(201, {{u"id"_s, user.id}, {u"username"_s, user.username}});
    }
    return HttpResponse::html(404, u"404 Not Found"_s);
}

} // namespace pinedesk
