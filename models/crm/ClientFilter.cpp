#include "ClientFilter.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

void putDate(QJsonObject &json, const QString &key, const std::optional<QDate> &date)
{
    if (date)
        json.insert(key, date->toString(Qt::ISODate));
}

std::optional<QDate> takeDate(const QJsonObject &json, const QString &key)
{
    const QDate date = QDate::fromString(json.value(key).toString(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

template<typename T>
void putNumber(QJsonObject &json, const QString &key, const std::optional<T> &value)
{
    if (value)
        json.insert(key, double(*value));
}

template<typename T>
std::optional<T> takeNumber(const QJsonObject &json, const QString &key, T min)
{
    const QJsonValue v = json.value(key);
    if (!v.isDouble() || v.toDouble() < double(min))
        return std::nullopt;
    return T(v.toDouble());
}

} // namespace

bool ClientFilter::hasFilters() const
{
    return !statuses.isEmpty() || registeredFrom || registeredTo || noPaymentForDays ||
           spentAtLeastMinor || spentAtMostMinor || activeIndicatorId || expiringWithinDays ||
           syncProblems || clientIds.has_value();
}

QJsonObject ClientFilter::toJson() const
{
    QJsonObject json;
    if (!text.isEmpty())
        json.insert(u"text"_s, text);
    if (!statuses.isEmpty()) {
        QJsonArray list;
        for (ClientStatus s : statuses)
            list.append(toText(s));
        json.insert(u"statuses"_s, list);
    }
    putDate(json, u"registeredFrom"_s, registeredFrom);
    putDate(json, u"registeredTo"_s, registeredTo);
    putNumber(json, u"noPaymentForDays"_s, noPaymentForDays);
    putNumber(json, u"spentAtLeastMinor"_s, spentAtLeastMinor);
    putNumber(json, u"spentAtMostMinor"_s, spentAtMostMinor);
    if (spentAtLeastMinor || spentAtMostMinor)
        json.insert(u"currency"_s, currency);
    putNumber(json, u"activeIndicatorId"_s, activeIndicatorId);
    putNumber(json, u"expiringWithinDays"_s, expiringWithinDays);
    if (syncProblems)
        json.insert(u"syncProblems"_s, true);
    if (clientIds) {
        QJsonArray ids;
        for (qint64 id : *clientIds)
            ids.append(id);
        json.insert(u"clientIds"_s, ids);
        json.insert(u"idsLabel"_s, idsLabel);
    }
    return json;
}

ClientFilter ClientFilter::fromJson(const QJsonObject &json)
{
    // Unknown or malformed entries are dropped: a segment saved by a newer version still opens.
    ClientFilter f;
    f.text = json.value(u"text"_s).toString();
    for (const QJsonValue &v : json.value(u"statuses"_s).toArray()) {
        if (const auto status = clientStatusFromText(v.toString()))
            f.statuses.append(*status);
    }
    f.registeredFrom = takeDate(json, u"registeredFrom"_s);
    f.registeredTo = takeDate(json, u"registeredTo"_s);
    f.noPaymentForDays = takeNumber<int>(json, u"noPaymentForDays"_s, 0);
    f.spentAtLeastMinor = takeNumber<qint64>(json, u"spentAtLeastMinor"_s, 0);
    f.spentAtMostMinor = takeNumber<qint64>(json, u"spentAtMostMinor"_s, 0);
    const QString currency = json.value(u"currency"_s).toString();
    if (currency.size() == 3)
        f.currency = currency.toUpper();
    f.activeIndicatorId = takeNumber<qint64>(json, u"activeIndicatorId"_s, 1);
    f.expiringWithinDays = takeNumber<int>(json, u"expiringWithinDays"_s, 0);
    f.syncProblems = json.value(u"syncProblems"_s).toBool();
    if (json.value(u"clientIds"_s).isArray()) {
        QList<qint64> ids;
        for (const QJsonValue &v : json.value(u"clientIds"_s).toArray()) {
            if (v.toDouble() >= 1)
                ids.append(qint64(v.toDouble()));
        }
        f.clientIds = ids;
        f.idsLabel = json.value(u"idsLabel"_s).toString();
    }
    return f;
}

} // namespace pinedesk
