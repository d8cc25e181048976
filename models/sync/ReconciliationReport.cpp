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

} // namespace pinedesk
