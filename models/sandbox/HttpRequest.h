#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QUrlQuery>

namespace pinedesk {

// One parsed HTTP/1.x request as the sandbox sees it. Header names are lower-case.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path and query
    QString path;      // decoded path
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
    bool keepAlive = true;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

} // namespace pinedesk
