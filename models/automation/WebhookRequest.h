#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace pinedesk {

// One delivery as the automation server received it: the provider from the path, the headers
// (names in lower case), and the raw body bytes the signature covers.
struct WebhookRequest
{
    QString provider;
    QString pathToken; // /webhooks/gumroad/<token>
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
    QDateTime receivedAt;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    QString contentType() const { return QString::fromLatin1(header("content-type")); }
};

} // namespace pinedesk
