#pragma once

#include "TvResponseParser.h"
#include "TvSession.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace pinedesk {

// TradingView's access-management protocol over HTTP (see the shared protocol page). Every call
// is asynchronous: it returns at once and later calls its callback, on this object's thread,
// with a typed result or one TvError. Callbacks never run after the client is destroyed.
class TradingViewClient final : public QObject
{
    Q_OBJECT

public:
    using AddOutcome = TvResponseParser::AddOutcome;
    using RemoveOutcome = TvResponseParser::RemoveOutcome;
    template<typename T>
    using Callback = std::function<void(const TvResult<T> &)>;

    static constexpr int defaultTimeoutMs = 30000;
    static constexpr int defaultPageSize = 25; // the server refuses limits above about 30
    static constexpr int maxPages = 20000;

    TradingViewClient(QNetworkAccessManager *network, const QUrl &baseUrl,
                      QObject *parent = nullptr);
    ~TradingViewClient() override;

    static QUrl defaultBaseUrl();

    void setSession(const TvSession &session) { m_session = session; }
    TvSession session() const { return m_session; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setPageSize(int size) { m_pageSize = size; }
    QUrl baseUrl() const { return m_baseUrl; }
    quint64 requestCount() const { return m_requests; }
    int pendingRequests() const { return int(m_pending.size()); }

    void checkSession(Callback<TvAccount> done);
    // The canonical spelling of `username`, or nullopt when TradingView has no such user.
    void validateUsername(const QString &username, Callback<std::optional<QString>> done);
    // Every grant of the script, following the server's cursor to the end. With a username,
    // only that user's grant (matched exactly, ignoring case).
    void listUsers(const QString &pineId, const QString &username, Callback<QList<TvGrant>> done);
    void addAccess(const QString &pineId, const QString &username, const Expiration &expiration,
                   Callback<AddOutcome> done);
    void modifyExpiration(const QString &pineId, const QString &username,
                          const Expiration &expiration, Callback<bool> done);
    void removeAccess(const QString &pineId, const QString &username, Callback<RemoveOutcome> done);
    // The scripts this account can manage, named when TradingView knows their names.
    void listScripts(Callback<QList<TvScript>> done);

Q_SIGNALS:
    // The server sent a refreshed cookie and the client adopted it; store it back.
    void sessionRotated(const TvSession &session);

private:
    using Fields = QList<std::pair<QString, QString>>;
    using Handler = std::function<void(const TvResponseParser::Answer &)>;

    static Fields grantFields(const QString &pineId, const QString &username,
                              const Expiration &expiration);
    void send(const QByteArray &method, const QUrl &url, const Fields &form, const QString &subject,
              Handler handler);
    void finish(QNetworkReply *reply, bool timedOut);
    void adoptCookies(QNetworkReply *reply);
    QUrl endpoint(const QString &path, const Fields &query = {}) const;
    QUrl followLink(const QString &next) const;
    void fetchPage(const QString &pineId, const QString &username, const QUrl &url,
                   std::shared_ptr<QList<TvGrant>> collected, int pages,
                   Callback<QList<TvGrant>> done);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    TvSession m_session;
    int m_timeoutMs = defaultTimeoutMs;
    int m_pageSize = defaultPageSize;
    quint64 m_requests = 0;
    struct Pending
    {
        Handler handler;
        QString subject;
        QTimer *timer = nullptr;
        bool timedOut = false;
    };
    QHash<QNetworkReply *, Pending> m_pending;
};

} // namespace pinedesk
