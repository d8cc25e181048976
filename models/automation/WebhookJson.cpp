#include "WebhookJson.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

} // namespace

Expected<QJsonObject> WebhookJson::object(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return Expected<QJsonObject>::failure(tr("The body is not a JSON object (%1 at byte %2).")
                                                  .arg(error.errorString())
                                                  .arg(error.offset));
    }
    return doc.object();
}

QJsonValue WebhookJson::at(const QJsonObject &root, QStringView path)
{
    QJsonValue current = root;
    for (const auto part : path.split(u'.')) {
        if (!current.isObject())
            return {};
        current = current.toObject().value(part.toString());
    }
    return current;
}

QString WebhookJson::id(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return {};
}

QDateTime WebhookJson::unixTime(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), QTimeZone::utc());
}

QDateTime WebhookJson::isoTime(const QJsonValue &value)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid()) {
        // Microseconds ("12:00:00.000000Z"): keep the milliseconds.
        static const QRegularExpression micro(u"(\\.\\d{3})\\d+"_s);
        QString trimmed = text;
        trimmed.replace(micro, u"\\1"_s);
        when = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    }
    return when.isValid() ? when.toUTC() : QDateTime();
}

Money WebhookJson::minorUnits(const QJsonValue &value, const QString &currency)
{
    qint64 minor = 0;
    if (value.isDouble())
        minor = qint64(std::llround(value.toDouble()));
    else if (value.isString())
        minor = value.toString().toLongLong();
    return Money(minor, currency.toUpper());
}

Money WebhookJson::decimal(const QJsonValue &value, const QString &currency)
{
    const QString code = currency.toUpper();
    if (value.isDouble()) {
        const double scale = std::pow(10.0, Money::decimalsOf(code));
        return Money(qint64(std::llround(value.toDouble() * scale)), code);
    }
    const auto parsed = Money::parse(value.toString(), code);
    return parsed ? *parsed : Money(0, code);
}

QString WebhookJson::username(const QList<Field> &fields, const QString &match)
{
    const QString wanted = folded(match.isEmpty() ? u"tradingview"_s : match);
    for (const Field &f : fields) {
        if (folded(f.key).contains(wanted) || folded(f.label).contains(wanted))
            return f.value.trimmed();
    }
    return {};
}

} // namespace pinedesk
