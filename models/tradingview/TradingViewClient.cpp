#include "TradingViewClient.h"

#include "TvDateTime.h"

#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QByteArray userAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like "
                             "Gecko) PineDesk/" PINEDESK_VERSION;

// application/x-www-form-urlencoded with every reserved character escaped: pine ids contain ';'
// and a '+' left as is would arrive as a space.
QByteArray encodeForm(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

TvError networkError(QNetworkReply::NetworkError code, const QString &text, const QString &subject,
                     bool timedOut)
{
    TvError e;
    e.kind = (timedOut || code == QNetworkReply::TimeoutError) ? TvError::Kind::Timeout
                                                               : TvError::Kind::NetworkError;
    e.serverMessage = text.left(200);
    e.subject = subject;
    return e;
}

} // namespace

TradingViewClient::TradingViewClient(QNetworkAccessManager *network, const QUrl &baseUrl,
                                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(baseUrl)
{}

TradingViewClient::~TradingViewClient()
{
    // Outstanding replies must not call back into a destroyed client.
    const auto replies = m_pending.keys();
    m_pending.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QUrl TradingViewClient::defaultBaseUrl()
{
    return QUrl(u"https://www.tradingview.com"_s);
}

QUrl TradingViewClient::endpoint(const QString &path, const Fields &query) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &[key, value] : query)
            q.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    }
    return url;
}

QUrl TradingViewClient::followLink(const QString &next) const
{
    // The server gives a relative path, sometimes an absolute URL. The session cookie must never
    // travel to another host, so only the path and query of an absolute link are kept.
    const QUrl link(next, QUrl::TolerantMode);
    QUrl url = m_baseUrl.resolved(link);
    if (link.isRelative())
        return url;
    url = m_baseUrl;
    url.setPath(link.path());
    url.setQuery(link.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

void TradingViewClient::send(const QByteArray &method, const QUrl &url, const Fields &form,
                             const QString &subject, Handler handler)
{
    QNetworkRequest request(url);
    request.setRawHeader("User-Agent", userAgent);
    request.setRawHeader("Accept", "application/json, text/plain, */*");
    request.setRawHeader("Origin", "https://www.tradingview.com");
    request.setRawHeader("Referer", "https://www.tradingview.com/");
    if (m_session.isValid())
        request.setRawHeader("Cookie", m_session.cookieHeader().toLatin1());
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nullptr;
    if (method == "GET") {
        reply = m_network->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          u"application/x-www-form-urlencoded"_s);
        reply = m_network->post(request, encodeForm(form));
    }
    ++m_requests;

    Pending pending{std::move(handler), subject, new QTimer(reply), false};
    pending.timer->setSingleShot(true);
    connect(pending.timer, &QTimer::timeout, this, [this, reply] {
        auto it = m_pending.find(reply);
        if (it == m_pending.end())
            return;
        it->timedOut = true;
        reply->abort();
    });
    pending.timer->start(m_timeoutMs);
    m_pending.insert(reply, std::move(pending));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const auto it = m_pending.constFind(reply);
        finish(reply, it != m_pending.constEnd() && it->timedOut);
    });
}

void TradingViewClient::adoptCookies(QNetworkReply *reply)
{
    const auto cookies =
        reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
    TvSession updated = m_session;
    for (const QNetworkCookie &cookie : cookies) {
        const QString value = QString::fromLatin1(cookie.value());
        const bool deleting =
            value.isEmpty() || (cookie.expirationDate().isValid() &&
                                cookie.expirationDate() < QDateTime::currentDateTimeUtc());
        if (deleting)
            continue;
        if (cookie.name() == "sessionid")
            updated = TvSession(value, updated.sign());
        else if (cookie.name() == "sessionid_sign")
            updated = TvSession(updated.sessionId(), value);
    }
    if (updated != m_session && updated.isValid()) {
        m_session = updated;
        Q_EMIT sessionRotated(m_session);
    }
}

void TradingViewClient::finish(QNetworkReply *reply, bool timedOut)
{
    const auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    reply->deleteLater();

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    TvResponseParser::Answer answer;
    answer.subject = pending.subject;
    if (timedOut || !status.isValid()) {
        // No HTTP answer at all: refused, dropped, timed out. Map it without a status.
        answer.transportError =
            networkError(reply->error(), reply->errorString(), pending.subject, timedOut);
        pending.handler(answer);
        return;
    }
    adoptCookies(reply);
    answer.status = status.toInt();
    answer.body = reply->readAll();
    answer.retryAfter = reply->rawHeader("Retry-After");
    if (answer.status >= 300 && answer.status < 400) {
        // A redirect to the sign-in page is how a dead session looks on some endpoints.
        const QByteArray location = reply->rawHeader("Location");
        answer.status = (location.contains("signin") || location.contains("login")) ? 403 : 502;
    }
    pending.handler(answer);
}

void TradingViewClient::checkSession(Callback<TvAccount> done)
{
    send("GET", endpoint(u"/tvcoins/details/"_s), {}, QString(),
         [done](const TvResponseParser::Answer &a) { done(TvResponseParser::account(a)); });
}

void TradingViewClient::validateUsername(const QString &username,
                                         Callback<std::optional<QString>> done)
{
    send("GET", endpoint(u"/username_hint/"_s, {{u"s"_s, username}}), {}, username,
         [done, username](const TvResponseParser::Answer &a) {
             done(TvResponseParser::usernameHint(a, username));
         });
}

void TradingViewClient::listUsers(const QString &pineId, const QString &username,
                                  Callback<QList<TvGrant>> done)
{
    const QUrl first =
        endpoint(u"/pine_perm/list_users/"_s,
                 {{u"limit"_s, QString::number(m_pageSize)}, {u"order_by"_s, u"user__username"_s}});
    fetchPage(pineId, username, first, std::make_shared<QList<TvGrant>>(), 0, std::move(done));
}

void TradingViewClient::fetchPage(const QString &pineId, const QString &username, const QUrl &url,
                                  std::shared_ptr<QList<TvGrant>> collected, int pages,
                                  Callback<QList<TvGrant>> done)
{
    Fields form{{u"pine_id"_s, pineId}};
    if (!username.isEmpty())
        form.append({u"username"_s, username});
    send("POST", url, form, pineId,
         [this, pineId, username, url, collected, pages, done](const TvResponseParser::Answer &a) {
             const auto page = TvResponseParser::userPage(a);
             if (!page) {
                 done(TvResult<QList<TvGrant>>::failure(page.error()));
                 return;
             }
             for (const TvGrant &g : page->grants) {
                 // The server's username filter may match prefixes; only the exact user counts.
                 if (username.isEmpty() || g.username.compare(username, Qt::CaseInsensitive) == 0)
                     collected->append(g);
             }
             if (page->next.isEmpty()) {
                 done(*collected);
                 return;
             }
             const QUrl next = followLink(page->next);
             if (next == url || pages + 1 >= maxPages) {
                 TvError e;
                 e.kind = TvError::Kind::ProtocolError;
                 e.httpStatus = a.status;
                 e.serverMessage = u"user list: the next link does not advance"_s;
                 e.subject = pineId;
                 done(TvResult<QList<TvGrant>>::failure(e));
                 return;
             }
             fetchPage(pineId, username, next, collected, pages + 1, done);
         });
}

TradingViewClient::Fields TradingViewClient::grantFields(const QString &pineId,
                                                         const QString &username,
                                                         const Expiration &expiration)
{
    // No expiration field at all means lifetime, for add and for modify.
    Fields form{{u"pine_id"_s, pineId}, {u"username_recip"_s, username}};
    if (!expiration.isLifetime())
        form.append({u"expiration"_s, TvDateTime::toRequest(expiration.until())});
    return form;
}

void TradingViewClient::addAccess(const QString &pineId, const QString &username,
                                  const Expiration &expiration, Callback<AddOutcome> done)
{
    send("POST", endpoint(u"/pine_perm/add/"_s), grantFields(pineId, username, expiration),
         username, [done](const TvResponseParser::Answer &a) { done(TvResponseParser::add(a)); });
}

void TradingViewClient::modifyExpiration(const QString &pineId, const QString &username,
                                         const Expiration &expiration, Callback<bool> done)
{
    send("POST", endpoint(u"/pine_perm/modify_user_expiration/"_s),
         grantFields(pineId, username, expiration), username,
         [done](const TvResponseParser::Answer &a) { done(TvResponseParser::modify(a)); });
}

void TradingViewClient::removeAccess(const QString &pineId, const QString &username,
                                     Callback<RemoveOutcome> done)
{
    send("POST", endpoint(u"/pine_perm/remove/"_s),
         {{u"pine_id"_s, pineId}, {u"username_recip"_s, username}}, username,
         [done](const TvResponseParser::Answer &a) { done(TvResponseParser::remove(a)); });
}

void TradingViewClient::listScripts(Callback<QList<TvScript>> done)
{
    send("GET", endpoint(u"/pine_perm/list_scripts/"_s), {}, QString(),
         [this, done](const TvResponseParser::Answer &a) {
             const auto ids = TvResponseParser::scriptIds(a);
             if (!ids) {
                 done(TvResult<QList<TvScript>>::failure(ids.error()));
                 return;
             }
             if (ids->isEmpty()) {
                 done(QList<TvScript>());
                 return;
             }
             const QStringList list = *ids;
             send("POST", endpoint(u"/pubscripts-get/"_s),
                  {{u"scriptIdPart"_s, list.join(u',')}, {u"show_hidden"_s, u"true"_s}}, QString(),
                  [done, list](const TvResponseParser::Answer &names) {
                      const auto named = TvResponseParser::scriptNames(names);
                      if (!named && named.error().kind == TvError::Kind::SessionExpired) {
                          done(TvResult<QList<TvScript>>::failure(named.error()));
                          return;
                      }
                      // Names are a courtesy: without them the ids are still the answer.
                      QList<TvScript> scripts;
                      for (const QString &id : list) {
                          TvScript s{id, QString(), QString()};
                          if (named) {
                              for (const TvScript &n : *named) {
                                  if (n.pineId == id)
                                      s = n;
                              }
                          }
                          scripts.append(s);
                      }
                      done(scripts);
                  });
         });
}

} // namespace pinedesk
