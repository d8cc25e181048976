#include "SmtpClient.h"

#include "net/CurlGlobal.h"

#include <curl/curl.h>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

struct Upload
{
    const QByteArray *data;
    qsizetype offset = 0;
};

size_t readChunk(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype left = upload->data->size() - upload->offset;
    const qsizetype n = std::min<qsizetype>(left, qsizetype(size * count));
    if (n <= 0)
        return 0;
    std::memcpy(buffer, upload->data->constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

} // namespace

SmtpClient::SmtpClient(SmtpSettings settings, QByteArray password)
    : m_settings(std::move(settings))
    , m_password(std::move(password))
{
    ensureCurlReady();
}

std::optional<SmtpClient::Failure> SmtpClient::send(const QString &to,
                                                    const QByteArray &message) const
{
    CURL *curl = curl_easy_init();
    if (!curl)
        return Failure{tr("The mail library could not start."), false, true};
    const QByteArray scheme = m_settings.security == SmtpSettings::Security::Tls ? "smtps" : "smtp";
    const QByteArray url = scheme + "://" + m_settings.host.trimmed().toUtf8() + ':' +
                           QByteArray::number(m_settings.port);
    const QByteArray from = '<' + m_settings.fromAddress.trimmed().toUtf8() + '>';
    const QByteArray rcpt = '<' + to.trimmed().toUtf8() + '>';
    const QByteArray user = m_settings.username.toUtf8();
    curl_slist *recipients = curl_slist_append(nullptr, rcpt.constData());
    Upload upload{&message};
    char errorText[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    if (m_settings.security == SmtpSettings::Security::StartTls)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, m_password.constData());
    }
    const CURLcode result = curl_easy_perform(curl);
    long response = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (result == CURLE_OK)
        return std::nullopt;

    const QString detail = QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(result));
    switch (result) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
        return Failure{tr("The mail server %1 cannot be reached: %2").arg(m_settings.host, detail),
                       false, true};
    case CURLE_LOGIN_DENIED:
        return Failure{tr("The mail server refused the user name or password: %1").arg(detail),
                       false, true};
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
        return Failure{tr("No secure connection to %1: %2").arg(m_settings.host, detail), false,
                       true};
    default:
        break;
    }
    // 5xx: refused for good (an unknown recipient, a rejected message); 4xx: later.
    return Failure{tr("The mail server refused the message (%1): %2").arg(response).arg(detail),
                   response >= 500 && response < 600, false};
}

} // namespace pinedesk
