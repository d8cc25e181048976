#include "ReconciliationReport.h"

#include "tradingview/TvDateTime.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QJsonValue expirationJson(const std::optional<Expiration> &e)
{
    if (!e)
        return QJsonValue(QJsonValue::Null);
    return e->isLifetime() ? QJsonValue(u"lifetime"_s)
                           : QJsonValue(TvDateTime::toRequest(e->until()));
}

std::optional<Expiration> expirationFromJson(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    if (value.toString() == u"lifetime"_s)
        return Expiration::lifetime();
    const auto when = TvDateTime::parse(value.toString());
    return when ? std::optional(Expiration::at(*when)) : std::nullopt;
}

} // namespace

int ReconciliationReport::count(Kind kind) const
{
    return int(std::count_if(drifts.begin(), drifts.end(),
                             [kind](const Drift &d) { return d.kind == kind; }));
}

QString ReconciliationReport::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Missing:
        return u"missing"_s;
    case Kind::Unexpected:
        return u"unexpected"_s;
    case Kind::UnknownUser:
        return u"unknown_user"_s;
    case Kind::ExpirationMismatch:
        return u"expiration_mismatch"_s;
    case Kind::LifetimeMismatch:
        return u"lifetime_mismatch"_s;
    }
    return {};
}

QString ReconciliationReport::kindDisplayName(Kind kind)
{
    switch (kind) {
    case Kind::Missing:
        return tr("Missing on TradingView");
    case Kind::Unexpected:
        return tr("Has access PineDesk does not intend");
    case Kind::UnknownUser:
        return tr("Not a client, has access");
    case Kind::ExpirationMismatch:
        return tr("Different expiration");
    case Kind::LifetimeMismatch:
        return tr("Lifetime on one side only");
    }
    return {};
}

QJsonObject ReconciliationReport::toJson() const
{
    QJsonArray list;
    for (const Drift &d : drifts) {
        list.append(QJsonObject{{u"kind"_s, kindName(d.kind)},
                                {u"pine_id"_s, d.pineId},
                                {u"indicator"_s, d.indicator},
                                {u"username"_s, d.username},
                                {u"intended"_s, expirationJson(d.intended)},
                                {u"on_tradingview"_s, expirationJson(d.onServer)}});
    }
    return {{u"started_at"_s, TvDateTime::toRequest(startedAt)},
            {u"finished_at"_s, TvDateTime::toRequest(finishedAt)},
            {u"scripts_checked"_s, scriptsChecked},
            {u"grants_on_tradingview"_s, grantsOnServer},
            {u"drifts"_s, list},
            {u"errors"_s, QJsonArray::fromStringList(errors)}};
}

ReconciliationReport ReconciliationReport::fromJson(const QJsonObject &json)
{
    const QList<Kind> kinds{Kind::Missing, Kind::Unexpected, Kind::UnknownUser,
                            Kind::ExpirationMismatch, Kind::LifetimeMismatch};
    ReconciliationReport report;
    report.startedAt =
        TvDateTime::parse(json.value(u"started_at"_s).toString()).value_or(QDateTime());
    report.finishedAt =
        TvDateTime::parse(json.value(u"finished_at"_s).toString()).value_or(QDateTime());
    report.scriptsChecked = json.value(u"scripts_checked"_s).toInt();
    report.grantsOnServer = json.value(u"grants_on_tradingview"_s).toInt();
    for (const QJsonValue &value : json.value(u"drifts"_s).toArray()) {
        const QJsonObject o = value.toObject();
        const QString kind = o.value(u"kind"_s).toString();
        const auto found = std::find_if(kinds.begin(), kinds.end(),
                                        [&kind](Kind k) { return kindName(k) == kind; });
        if (found == kinds.end())
            continue;
        report.drifts.append({*found, o.value(u"pine_id"_s).toString(),
                              o.value(u"indicator"_s).toString(), o.value(u"username"_s).toString(),
                              expirationFromJson(o.value(u"intended"_s)),
                              expirationFromJson(o.value(u"on_tradingview"_s))});
    }
    for (const QJsonValue &value : json.value(u"errors"_s).toArray())
        report.errors.append(value.toString());
    return report;
}

} // namespace pinedesk
