#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace pinedesk {

// What the sandbox answers, plus the faults it may play instead (drop the connection, wait).
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool drop = false; // close the connection without answering
    int delayMs = 0;

    static HttpResponse json(int status, const QByteArray &body);
    static HttpResponse html(int status, const QString &title);
    // The bytes on the wire.
    QByteArray serialize(bool keepAlive) const;
    static QByteArray reasonPhrase(int status);
};

} // namespace pinedesk
