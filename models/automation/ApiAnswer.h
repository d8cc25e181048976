#pragma once

#include <QJsonObject>
#include <QString>

namespace pinedesk {

// One answer of the REST API: the HTTP status, the JSON body and, for 429, when to come back.
struct ApiAnswer
{
    int httpStatus = 200;
    QJsonObject body;
    int retryAfterSeconds = 0;

    static ApiAnswer error(int status, const QString &message)
    {
        return {status, QJsonObject{{QStringLiteral("error"), message}}, 0};
    }
};

} // namespace pinedesk
