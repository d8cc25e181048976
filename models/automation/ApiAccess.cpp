#include "ApiAccess.h"

#include "bulk/BulkRequest.h"
#include "domain/Duration.h"
#include "domain/PineIdValidator.h"
#include "domain/Plan.h"
#include "domain/UsernameValidator.h"
#include "services/AccessService.h"
#include "services/CatalogService.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QString changeName(BulkPreview::Kind kind)
{
    switch (kind) {
    case BulkPreview::Kind::Grant:
        return u"grant"_s;
    case BulkPreview::Kind::Extend:
        return u"extend"_s;
    case BulkPreview::Kind::Revoke:
        return u"revoke"_s;
    case BulkPreview::Kind::NoChange:
        break;
    }
    return u"unchanged"_s;
}

QJsonArray changesJson(const BulkPreview::User &user)
{
    QJsonArray changes;
    for (const BulkPreview::Change &c : user.changes) {
        QJsonObject o{{u"pine_id"_s, c.pineId},
                      {u"indicator"_s, c.indicatorName},
                      {u"change"_s, changeName(c.kind)}};
        if (c.target)
            o.insert(u"expires_at"_s, c.target->isLifetime()
                                          ? QJsonValue()
                                          : QJsonValue(c.target->until().toString(Qt::ISODate)));
        changes.append(o);
    }
    return changes;
}

} // namespace

ApiAccess::ApiAccess(StoreContext context)
    : m_ctx(std::move(context))
{}

ApiAnswer ApiAccess::handle(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonObject in = QJsonDocument::fromJson(body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return ApiAnswer::error(400, tr("The body is not JSON: %1").arg(parseError.errorString()));
    const QString action = in.value(u"action"_s).toString();
    std::optional<AccessChanges::Mode> mode;
    if (action == u"grant"_s)
        mode = AccessChanges::Mode::Grant;
    else if (action == u"extend"_s)
        mode = AccessChanges::Mode::Extend;
    else if (action == u"revoke"_s)
        mode = AccessChanges::Mode::Revoke;
    else if (action != u"replace"_s)
        return ApiAnswer::error(422, tr("\"action\" is grant, extend, revoke or replace."));

    Users users;
    if (auto refused = readUsers(in, users))
        return *refused;
    return mode ? change(in, *mode, users) : replace(in, users);
}

std::optional<ApiAnswer> ApiAccess::readUsers(const QJsonObject &in, Users &users)
{
    const QJsonArray sent = in.value(u"usernames"_s).toArray();
    if (sent.isEmpty() || sent.size() > maxUsersPerRequest)
        return ApiAnswer::error(422, tr("Send 1 to %1 usernames.").arg(maxUsersPerRequest));
    for (const QJsonValue v : sent) {
        const auto name = UsernameValidator::validate(v.toString());
        if (!name) {
            users.results.append(QJsonObject{{u"username"_s, v.toString()},
                                             {u"status"_s, u"invalid"_s},
                                             {u"message"_s, name.error().message()}});
            continue;
        }
        if (!users.valid.contains(*name, Qt::CaseInsensitive))
            users.valid.append(*name);
        users.results.append(QJsonObject{{u"username"_s, *name}, {u"status"_s, u"queued"_s}});
    }
    if (users.valid.isEmpty())
        return ApiAnswer{
            422, {{u"error"_s, tr("No valid username.")}, {u"results"_s, users.results}}, 0};
    return std::nullopt;
}

ApiAnswer ApiAccess::change(const QJsonObject &in, AccessChanges::Mode mode, const Users &users)
{
    AccessChanges::Request r;
    r.mode = mode;
    r.usernames = users.valid;

    // Scripts: given, or those of a plan.
    CatalogService catalog(m_ctx);
    const auto indicators = catalog.indicators();
    if (!indicators)
        return ApiAnswer::error(500, indicators.error().message());
    std::optional<Duration> planDuration;
    if (in.contains(u"plan"_s)) {
        const auto plan = catalog.planNamed(in.value(u"plan"_s).toString());
        if (!plan)
            return ApiAnswer::error(500, plan.error().message());
        if (!*plan)
            return ApiAnswer::error(
                422, tr("There is no plan called %1.").arg(in.value(u"plan"_s).toString()));
        r.planId = (*plan)->id;
        r.origin = AccessOrigin::Plan;
        planDuration = (*plan)->duration;
        for (const Indicator &i : *indicators) {
            if ((*plan)->indicatorIds.contains(i.id))
                r.pineIds.append(i.pineId);
        }
    }
    for (const QJsonValue v : in.value(u"indicators"_s).toArray()) {
        const auto pine = PineIdValidator::validate(v.toString());
        if (!pine)
            return ApiAnswer::error(422, pine.error().message());
        const bool known = std::any_of(indicators->cbegin(), indicators->cend(),
                                       [&](const Indicator &i) { return i.pineId == *pine; });
        if (!known)
            return ApiAnswer::error(422, tr("%1 is not in the catalog.").arg(*pine));
        r.pineIds.append(*pine);
    }
    r.pineIds.removeDuplicates();
    if (r.pineIds.isEmpty())
        return ApiAnswer::error(422,
                                tr("Say which scripts: \"indicators\" (pine ids) or a \"plan\"."));

    if (r.mode != AccessChanges::Mode::Revoke) {
        if (in.contains(u"until"_s)) {
            const QDate until = QDate::fromString(in.value(u"until"_s).toString(), Qt::ISODate);
            if (!until.isValid())
                return ApiAnswer::error(422, tr("\"until\" is a date such as 2027-01-31."));
            r.until = until;
        } else if (in.contains(u"duration"_s)) {
            const auto d = Duration::parse(in.value(u"duration"_s).toString());
            if (!d)
                return ApiAnswer::error(422, d.error().message());
            r.duration = *d;
        } else if (planDuration) {
            r.duration = *planDuration;
        } else {
            return ApiAnswer::error(
                422, tr("Say how long: \"duration\" (30D, 1M, lifetime) or \"until\"."));
        }
    }
    r.label = tr("API: %1").arg(in.value(u"action"_s).toString());
    const auto summary = AccessService(m_ctx).apply(r);
    if (!summary)
        return ApiAnswer::error(409, summary.error().message());
    return {200,
            {{u"batch_id"_s, summary->batchId},
             {u"queued"_s, summary->queued},
             {u"unchanged"_s, summary->unchanged},
             {u"results"_s, users.results}},
            0};
}

// The bulk wizard's change of plan: the new plan's scripts run for its duration, what only the
// old plan gave ends, lifetime accesses stay. Every user's changes come back, script by script.
ApiAnswer ApiAccess::replace(const QJsonObject &in, Users users)
{
    CatalogService catalog(m_ctx);
    BulkRequest r;
    r.mode = BulkRequest::Mode::Replace;
    for (const auto &[field, id] :
         {std::pair{u"from_plan"_s, &r.fromPlanId}, std::pair{u"plan"_s, &r.planId}}) {
        const QString name = in.value(field).toString();
        if (name.isEmpty())
            return ApiAnswer::error(422,
                                    tr("A replace names both plans: \"from_plan\" and \"plan\"."));
        const auto plan = catalog.planNamed(name);
        if (!plan)
            return ApiAnswer::error(500, plan.error().message());
        if (!*plan)
            return ApiAnswer::error(422, tr("There is no plan called %1.").arg(name));
        *id = (*plan)->id;
    }
    if (const Status valid = r.validate(); !valid)
        return ApiAnswer::error(422, valid.error().message());

    // Only users on the plan they leave move: a request sent again changes nothing more.
    AccessService access(m_ctx);
    const auto holders = access.holdersOf(users.valid, *r.fromPlanId);
    if (!holders)
        return ApiAnswer::error(500, holders.error().message());
    const QString fromName = in.value(u"from_plan"_s).toString();
    for (qsizetype i = 0; i < users.results.size(); ++i) {
        QJsonObject result = users.results.at(i).toObject();
        if (result.value(u"status"_s).toString() == u"queued"_s &&
            !holders->contains(result.value(u"username"_s).toString(), Qt::CaseInsensitive)) {
            result.insert(u"status"_s, u"unchanged"_s);
            result.insert(u"message"_s, tr("Not on the plan %1.").arg(fromName));
            users.results.replace(i, result);
        }
    }
    if (holders->isEmpty())
        return {200,
                {{u"batch_id"_s, QJsonValue()},
                 {u"queued"_s, 0},
                 {u"unchanged"_s, 0},
                 {u"results"_s, users.results}},
                0};
    const auto outcome = access.queueBulk(r, *holders, std::nullopt);
    if (!outcome)
        return ApiAnswer::error(409, outcome.error().message());
    QHash<QString, const BulkPreview::User *> byName;
    for (const BulkPreview::User &u : outcome->plan.users)
        byName.insert(u.username.toLower(), &u);
    for (qsizetype i = 0; i < users.results.size(); ++i) {
        QJsonObject result = users.results.at(i).toObject();
        const BulkPreview::User *user =
            byName.value(result.value(u"username"_s).toString().toLower());
        if (result.value(u"status"_s).toString() != u"queued"_s || !user)
            continue;
        if (!user->hasChanges())
            result.insert(u"status"_s, u"unchanged"_s);
        result.insert(u"changes"_s, changesJson(*user));
        users.results.replace(i, result);
    }
    return {200,
            {{u"batch_id"_s, outcome->batchId},
             {u"queued"_s, outcome->queued},
             {u"unchanged"_s, outcome->plan.totals.noChanges},
             {u"results"_s, users.results}},
            0};
}

} // namespace pinedesk
