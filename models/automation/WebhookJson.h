#pragma once

#include "domain/Expected.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace pinedesk {

// Reading the providers' payloads: ids that may be numbers or strings, times in Unix seconds
// or ISO 8601, amounts in minor units or decimals, and the TradingView username among
// custom checkout fields.
class WebhookJson
{
    Q_DECLARE_TR_FUNCTIONS(WebhookJson)

public:
    struct Field
    {
        QString key;
        QString label;
        QString value;
    };

    static Expected<QJsonObject> object(const QByteArray &body);
    // "a.b.c" through nested objects.
    static QJsonValue at(const QJsonObject &root, QStringView path);
    // An id as text, whether the JSON has it as a string or an integer ("" when absent).
    static QString id(const QJsonValue &value);
    static QDateTime unixTime(const QJsonValue &value);
    static QDateTime isoTime(const QJsonValue &value);
    static Money minorUnits(const QJsonValue &value, const QString &currency);
    // "39.00" or 29.0 in the currency's units.
    static Money decimal(const QJsonValue &value, const QString &currency);
    // The value of the first field whose key or label contains `match` (case-insensitive,
    // spaces, dots, dashes and underscores ignored), trimmed.
    static QString username(const QList<Field> &fields, const QString &match);
};

} // namespace pinedesk
