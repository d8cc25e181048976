#pragma once

#include "HttpRequest.h"

#include <QMap>
#include <QString>

#include <optional>

namespace pinedesk {

// The fields of a POST body in any encoding clients use for TradingView:
// application/x-www-form-urlencoded, multipart/form-data, and (leniently) a JSON object.
class FormBody
{
public:
    // nullopt when the body cannot be read in its declared encoding.
    static std::optional<QMap<QString, QString>> parse(const HttpRequest &request);

private:
    static QMap<QString, QString> urlEncoded(const QByteArray &body);
    static std::optional<QMap<QString, QString>> multipart(const QByteArray &body,
                                                           const QByteArray &boundary);
};

} // namespace pinedesk
