#pragma once

#include "HttpRequest.h"

#include <QByteArray>

namespace pinedesk {

// Incremental HTTP/1.x request parser for one connection: feed bytes as they arrive, take
// complete requests out. Handles Content-Length and chunked bodies, pipelining, and refuses
// oversized or malformed input with the status to answer.
class HttpRequestParser
{
public:
    enum class State { NeedMore, Complete, Error };
    static constexpr qsizetype maxHeaderBytes = 64 * 1024;
    static constexpr qsizetype maxBodyBytes = 16 * 1024 * 1024;

    void feed(const QByteArray &bytes) { m_buffer += bytes; }
    // Tries to take the next request from what was fed.
    State next(HttpRequest &request);
    int errorStatus() const { return m_errorStatus; }
    // True once the headers of the pending request asked for "Expect: 100-continue".
    bool wantsContinue();

private:
    State fail(int status);
    bool parseHead(const QByteArray &head, HttpRequest &request);
    // Decodes a chunked body starting at `from`; returns bytes consumed, 0 if incomplete, -1 bad.
    qsizetype dechunk(qsizetype from, QByteArray &body) const;

    QByteArray m_buffer;
    int m_errorStatus = 400;
    bool m_continueSent = false;
};

} // namespace pinedesk
