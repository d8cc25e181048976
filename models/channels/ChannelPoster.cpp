#include "ChannelPoster.h"

#include "net/CurlGlobal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <curl/curl.h>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

constexpr qsizetype answerLimit = 64 * 1024;

struct Answer
{
    QByteArray body;
    std::optional<int> retryAfter;
};

size_t keepBody(char *data, size_t size, size_t count, void *user)
{
    auto *answer = static_cast<Answer *>(user);
    const size_t n = size * count;
    if (answer->body.size() < answerLimit)
        answer->body.append(data, qsizetype(std::min<size_t>(n, answerLimit)));
    return n;
}

size_t keepHeader(char *data, size_t size, size_t count, void *user)
{
    auto *answer = static_cast<Answer *>(user);
    const size_t n = size * count;
    const QByteArray line = QByteArray(data, qsizetype(n)).trimmed();
    if (line.toLower().startsWith("retry-after:")) {
        bool ok = false;
        const double seconds = line.mid(12).trimmed().toDouble(&ok);
        if (ok && seconds >= 0)
            answer->retryAfter = int(std::ceil(seconds));
    }
    return n;
}

QString escapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (u"\\*_~`|>[]"_s.contains(c))
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

QString escapeSlack(QString text)
{
    return text.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s).replace(u'>', u"&gt;"_s);
}

QString clipped(const QString &text, qsizetype limit)
{
    return text.size() <= limit ? text : text.left(limit - 1) + QChar(0x2026);
}

// What the channel said about a refusal, short and printable.
QString describe(const QByteArray &answer)
{
    const QJsonObject json = QJsonDocument::fromJson(answer).object();
    QString text = json.value(u"description"_s).toString(); // Telegram
    if (text.isEmpty())
        text = json.value(u"message"_s).toString(); // Discord
    if (text.isEmpty() && json.isEmpty())
        text = QString::fromUtf8(answer.left(200)); // Slack answers in plain text
    text = text.simplified();
    text.removeIf([](QChar c) { return !c.isPrint(); });
    return clipped(text, 200);
}

} // namespace

ChannelPoster::ChannelPoster(Target target)
    : m_target(std::move(target))
{
    ensureCurlReady();
}

QByteArray ChannelPoster::payload(const Target &target, const QString &title, const QString &body)
{
    QJsonObject json;
    switch (target.kind) {
    case TeamChannel::Kind::Discord:
        json = {{u"content"_s,
                 clipped(u"**%1**\n%2"_s.arg(escapeMarkdown(title), escapeMarkdown(body)), 2000)},
                {u"username"_s, u"PineDesk"_s},
                {u"allowed_mentions"_s, QJsonObject{{u"parse"_s, QJsonArray()}}}};
        break;
    case TeamChannel::Kind::Slack:
        json = {
            {u"text"_s, clipped(u"*%1*\n%2"_s.arg(escapeSlack(title), escapeSlack(body)), 3000)}};
        break;
    case TeamChannel::Kind::Telegram:
        json = {{u"chat_id"_s, target.telegramChatId.trimmed()},
                {u"text"_s, clipped(title + u'\n' + body, 4096)},
                {u"disable_web_page_preview"_s, true}};
        break;
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<ChannelPoster::Failure> ChannelPoster::post(const QString &title,
                                                          const QString &body) const
{
    const QString name = TeamChannel::displayName(m_target.kind);
    if (m_target.secret.trimmed().isEmpty())
        return Failure{tr("No %1 %2 is saved; set it in Settings › Team channels.")
                           .arg(name, TeamChannel::secretName(m_target.kind)),
                       false,
                       true,
                       {}};
    const QByteArray url =
        m_target.kind == TeamChannel::Kind::Telegram
            ? m_target.telegramApi.toUtf8() + "/bot" + m_target.secret.trimmed() + "/sendMessage"
            : m_target.secret.trimmed();
    const QByteArray data = payload(m_target, title, body);
    CURL *curl = curl_easy_init();
    if (!curl)
        return Failure{tr("The network library could not start."), false, true, {}};
    curl_slist *headers = curl_slist_append(nullptr, "Content-Type: application/json");
    Answer answer;
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, data.constData());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(data.size()));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, keepBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, keepHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &answer);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "PineDesk");
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    const CURLcode result = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    if (result != CURLE_OK) {
        // libcurl's words name the host at most, never the path that holds the secret.
        return Failure{
            tr("%1 cannot be reached: %2").arg(name, QString::fromUtf8(curl_easy_strerror(result))),
            false,
            true,
            {}};
    }
    if (status >= 200 && status < 300)
        return std::nullopt;
    return failureFor(status, answer.body, answer.retryAfter);
}

ChannelPoster::Failure ChannelPoster::failureFor(long status, const QByteArray &answer,
                                                 std::optional<int> retryAfter) const
{
    const QString name = TeamChannel::displayName(m_target.kind);
    const QString said = describe(answer);
    if (status == 429) {
        const QJsonObject json = QJsonDocument::fromJson(answer).object();
        // Discord says it in the body too (seconds, with decimals); Telegram in "parameters".
        double wait = json.value(u"retry_after"_s).toDouble(-1);
        if (wait < 0)
            wait = json.value(u"parameters"_s).toObject().value(u"retry_after"_s).toDouble(-1);
        if (wait >= 0)
            retryAfter = std::max(retryAfter.value_or(0), int(std::ceil(wait)));
        return {tr("%1 asked to slow down; the rest waits.").arg(name), false, true,
                retryAfter.value_or(60)};
    }
    if (status == 401 || status == 403 || status == 404 || status == 410) {
        return {tr("%1 refused the %2 (%3: %4). Paste it again in Settings › Team channels; the "
                   "messages wait.")
                    .arg(name, TeamChannel::secretName(m_target.kind))
                    .arg(status)
                    .arg(said),
                false,
                true,
                {}};
    }
    if (m_target.kind == TeamChannel::Kind::Telegram && status == 400 &&
        said.contains(u"chat not found"_s, Qt::CaseInsensitive)) {
        return {tr("Telegram does not know the chat %1; check the chat in Settings › Team "
                   "channels (the bot must be a member). The messages wait.")
                    .arg(m_target.telegramChatId),
                false,
                true,
                {}};
    }
    if (status >= 500)
        return {tr("%1 failed (%2: %3); it is tried again later.").arg(name).arg(status).arg(said),
                false,
                true,
                {}};
    return {
        tr("%1 refused the message (%2: %3).").arg(name).arg(status).arg(said), true, false, {}};
}

} // namespace pinedesk
