#include "HttpRequestParser.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

HttpRequestParser::State HttpRequestParser::fail(int status)
{
    m_errorStatus = status;
    return State::Error;
}

bool HttpRequestParser::parseHead(const QByteArray &head, HttpRequest &request)
{
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return false;
    const QList<QByteArray> start = lines.first().trimmed().split(' ');
    if (start.size() != 3 || !start[2].startsWith("HTTP/1."))
        return false;
    request.method = start[0].toUpper();
    request.target = start[1];
    const bool http10 = start[2] == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers[name] =
            request.headers.contains(name)
                ? request.headers[name] + (name == "cookie" ? "; " : ", ") + value
                : value;
    }
    const QByteArray connection = request.header("connection").toLower();
    request.keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");

    QUrl url(QString::fromLatin1(request.target), QUrl::TolerantMode);
    if (!url.isValid())
        return false;
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    return !request.path.isEmpty();
}

bool HttpRequestParser::wantsContinue()
{
    if (m_continueSent)
        return false;
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray head = m_buffer.left(end).toLower();
    if (head.contains("expect: 100-continue") && m_buffer.size() == end + 4) {
        m_continueSent = true;
        return true;
    }
    return false;
}

qsizetype HttpRequestParser::dechunk(qsizetype from, QByteArray &body) const
{
    qsizetype pos = from;
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return 0;
        QByteArray sizeText = m_buffer.mid(pos, lineEnd - pos);
        if (const qsizetype semi = sizeText.indexOf(';'); semi >= 0)
            sizeText.truncate(semi);
        bool ok = false;
        const qlonglong size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || body.size() + size > maxBodyBytes)
            return -1;
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailers end with an empty line.
            const qsizetype end = m_buffer.indexOf("\r\n", pos);
            if (end < 0)
                return 0;
            if (end == pos)
                return end + 2 - from;
            const qsizetype trailersEnd = m_buffer.indexOf("\r\n\r\n", pos);
            return trailersEnd < 0 ? 0 : trailersEnd + 4 - from;
        }
        if (m_buffer.size() < pos + size + 2)
            return 0;
        body += m_buffer.mid(pos, size);
        pos += size + 2;
    }
}

HttpRequestParser::State HttpRequestParser::next(HttpRequest &request)
{
    // Tolerate blank lines between pipelined requests.
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return m_buffer.size() > maxHeaderBytes ? fail(431) : State::NeedMore;
    if (headEnd > maxHeaderBytes)
        return fail(431);

    HttpRequest parsed;
    if (!parseHead(m_buffer.left(headEnd), parsed))
        return fail(400);
    const qsizetype bodyStart = headEnd + 4;
    if (parsed.header("transfer-encoding").toLower().contains("chunked")) {
        const qsizetype used = dechunk(bodyStart, parsed.body);
        if (used < 0)
            return fail(400);
        if (used == 0)
            return State::NeedMore;
        m_buffer.remove(0, bodyStart + used);
    } else {
        bool ok = true;
        const QByteArray lengthText = parsed.header("content-length");
        const qlonglong length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
        if (!ok || length < 0)
            return fail(400);
        if (length > maxBodyBytes)
            return fail(413);
        if (m_buffer.size() < bodyStart + length)
            return State::NeedMore;
        parsed.body = m_buffer.mid(bodyStart, length);
        m_buffer.remove(0, bodyStart + length);
    }
    m_continueSent = false;
    request = std::move(parsed);
    return State::Complete;
}

} // namespace pinedesk
