#include "DemoDataGenerator.h"

#include "DemoAccessHistory.h"

#include "DemoHistory.h"
#include "DemoNames.h"
#include "DemoPlan.h"
#include "DemoRandom.h"
#include "store/DbTime.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

constexpr int pinnedDays = 60; // every one of the next 60 days gets expiries
constexpr int pinnedPerDay = 2;

const char16_t *const sources[] = {u"stripe", u"gumroad", u"whop", u"patreon", u"manual"};

QString capitalized(QStringView word)
{
    return word.left(1).toString().toUpper() + word.mid(1).toString();
}

// TradingView-style handles in a handful of the shapes people really pick.
QString usernameFor(DemoRandom &rng, QStringView first, QStringView last, QSet<QString> &taken)
{
    const QStringView word = rng.pick(DemoNames::tradingWords());
    QString name;
    switch (rng.below(6)) {
    case 0:
        name = first.toString() + last.left(1).toString() + QString::number(rng.between(1, 99));
        break;
    case 1:
        name = word.toString() + u'_' + first.toString().toLower();
        break;
    case 2:
        name = first.toString().toLower() + word.toString();
        break;
    case 3:
        name = capitalized(word) + QString::number(rng.between(2015, 2026));
        break;
    case 4:
        name = first.toString().toLower() + u'-' + last.toString().toLower();
        break;
    default:
        name = capitalized(word) + capitalized(last.toString().toLower());
        break;
    }
    QString candidate = name;
    for (int n = 2; taken.contains(candidate.toLower()); ++n)
        candidate = name + QString::number(n);
    taken.insert(candidate.toLower());
    return candidate;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString pineIdFor(DemoRandom &rng)
{
    static const char16_t hex[] = u"0123456789abcdef";
    QString id = u"PUB;"_s;
    for (int i = 0; i < 32; ++i)
        id += QChar(hex[rng.below(16)]);
    return id;
}

// The statements the generator repeats, prepared once.
struct Writers
{
    explicit Writers(const QSqlDatabase &db)
        : client(db, u"INSERT INTO clients (tv_username, email, full_name, status, notes, tags, "
                     "created_at, updated_at) VALUES (:u, :e, :n, :s, :notes, :tags, :c, :c)"_s)
        , access(db, u"INSERT INTO accesses (client_id, indicator_id, starts_at, expires_at, "
                     "intended_state, origin, plan_id, server_state, server_expires_at, "
                     "synced_at, created_at, updated_at) VALUES (:c, :i, :start, :e, :state, :o, "
                     ":p, :ss, :e, :synced, :start, :synced)"_s)
        , payment(db, u"INSERT INTO payments (client_id, amount_minor, currency, paid_at, "
                      "reference, source, plan_id, created_at) VALUES (:c, :a, :cur, :paid, :r, "
                      ":s, :p, :paid)"_s)
        , audit(db, u"INSERT INTO audit_log (at, actor, action, entity_type, entity_id, details) "
                    "VALUES (:at, 'demo', :action, :type, :id, :details)"_s)
        , history(db, u"INSERT INTO access_history (access_id, client_id, indicator_id, change, "
                      "term_start, term_end, origin, plan_id, paid, at, actor) VALUES (:a, :c, "
                      ":i, :ch, :s, :e, :o, :p, :paid, :s, 'demo')"_s)
    {}
    Statement client;
    Statement access;
    Statement payment;
    Statement audit;
    Statement history;
};

Status writeAudit(Writers &w, const QDateTime &at, const QString &action, const QString &type,
                  qint64 id, const QJsonObject &details)
{
    w.audit.bind(u":at"_s, DbTime::toDb(at))
        .bind(u":action"_s, action)
        .bind(u":type"_s, type)
        .bind(u":id"_s, id)
        .bind(u":details"_s, json(details));
    return w.audit.exec();
}

Expected<DemoCatalog> writeCatalog(const QSqlDatabase &db, DemoRandom &rng, const QDateTime &now)
{
    DemoCatalog catalog;
    const auto names = DemoNames::indicatorNames();
    Statement indicator(db, u"INSERT INTO indicators (name, pine_id, status, description, "
                            "created_at, updated_at) VALUES (:n, :p, :s, :d, :c, :c)"_s);
    Statement version(db, u"INSERT INTO indicator_versions (indicator_id, version, released_at, "
                          "notes) VALUES (:i, :v, :r, :notes)"_s);
    for (int i = 0; i < int(names.size()); ++i) {
        const QString status = i == DemoCatalog::developmentIndicator ? u"development"_s
                               : i == DemoCatalog::retiredIndicator   ? u"retired"_s
                                                                      : u"live"_s;
        const QDateTime created = now.addDays(-560 + i * 7);
        const QString pineId = pineIdFor(rng);
        indicator.bind(u":n"_s, names[std::size_t(i)].toString())
            .bind(u":p"_s, pineId)
            .bind(u":s"_s, status)
            .bind(u":d"_s, u"Invite-only script for TradingView."_s)
            .bind(u":c"_s, DbTime::toDb(created));
        if (const Status s = indicator.exec(); !s)
            return Expected<DemoCatalog>::failure(s.error());
        const qint64 id = indicator.lastInsertId();
        catalog.indicatorIds.append(id);
        catalog.indicatorPineIds.append(pineId);
        const int versions = i == DemoCatalog::developmentIndicator ? 1 : rng.between(2, 5);
        for (int v = 0; v < versions; ++v) {
            version.bind(u":i"_s, id)
                .bind(u":v"_s, u"%1.%2"_s.arg(1 + v / 2).arg((v % 2) * 5))
                .bind(u":r"_s, DbTime::toDb(created.addDays(v * 90 + rng.between(0, 30))))
                .bind(u":notes"_s, v == 0 ? u"First release."_s : u"Fixes and new alerts."_s);
            if (const Status s = version.exec(); !s)
                return Expected<DemoCatalog>::failure(s.error());
            ++catalog.versions;
        }
    }
    struct PlanSpec
    {
        const char16_t *name;
        Duration duration;
        qint64 price;
        int firstIndicators;
    };
    const PlanSpec specs[] = {{u"Starter Monthly", Duration::months(1), 2900, 3},
                              {u"Pro Monthly", Duration::months(1), 5900, 6},
                              {u"Pro Quarterly", Duration::months(3), 14900, 6},
                              {u"Lifetime All-Access", Duration::lifetime(), 89900, 10}};
    Statement plan(db,
                   u"INSERT INTO plans (name, duration, price_minor, currency, description, "
                   "active, created_at, updated_at) VALUES (:n, :d, :p, 'USD', '', 1, :c, :c)"_s);
    Statement member(db, u"INSERT INTO plan_indicators (plan_id, indicator_id) VALUES (:p, :i)"_s);
    for (const PlanSpec &spec : specs) {
        plan.bind(u":n"_s, QString::fromUtf16(spec.name))
            .bind(u":d"_s, spec.duration.toString())
            .bind(u":p"_s, spec.price)
            .bind(u":c"_s, DbTime::toDb(now.addDays(-550)));
        if (const Status s = plan.exec(); !s)
            return Expected<DemoCatalog>::failure(s.error());
        DemoPlan p{
            plan.lastInsertId(), QString::fromUtf16(spec.name), spec.duration, spec.price, {}};
        for (int i = 0; i < spec.firstIndicators; ++i) {
            p.indicators.append(i);
            member.bind(u":p"_s, p.id).bind(u":i"_s, catalog.indicatorIds[i]);
            if (const Status s = member.exec(); !s)
                return Expected<DemoCatalog>::failure(s.error());
        }
        catalog.plans.append(p);
    }
    return catalog;
}

} // namespace

Expected<DemoDataGenerator::Summary> DemoDataGenerator::generate(const Options &options,
                                                                 const Progress &progress)
{
    using Result = Expected<Summary>;
    if (options.clients < 0)
        return Result::failure(tr("The number of clients cannot be negative."));
    const QSqlDatabase db = m_database.connection();
    // SQLite's bulk-load tricks; PostgreSQL (tests and benchmarks of team databases) takes the
    // rows as they come.
    const bool sqlite = !m_database.isPostgresql();
    // One large transaction touches many index pages; a big page cache keeps them in memory
    // instead of spilling to the WAL file again and again.
    if (sqlite)
        static_cast<void>(Statement(db, u"PRAGMA cache_size = -65536"_s).exec()); // a hint only
    Transaction tx(db);
    if (!tx.isActive())
        return Result::failure(tx.error());
    {
        Statement existing(db, u"SELECT (SELECT COUNT(*) FROM clients) + "
                               "(SELECT COUNT(*) FROM indicators)"_s);
        const auto first = existing.execAndFirst();
        if (!first)
            return Result::failure(first.error());
        if (existing.value(0).toLongLong() > 0)
            return Result::failure(tr("The database already has data; demo data needs an empty "
                                      "database file."));
    }

    // Secondary indexes are built once after the bulk load instead of being updated row by row
    // (their definitions come from the schema itself; unique constraints stay in place).
    QStringList indexDefinitions;
    if (sqlite) {
        Statement list(db, u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                           "sql IS NOT NULL AND sql NOT LIKE '%UNIQUE%' AND tbl_name IN "
                           "('clients', 'accesses', 'payments', 'audit_log')"_s);
        if (const Status s = list.exec(); !s)
            return Result::failure(s.error());
        QStringList names;
        while (list.next()) {
            names.append(list.value(0).toString());
            indexDefinitions.append(list.value(1).toString());
        }
        for (const QString &name : std::as_const(names)) {
            // Index names come from sqlite_master, quoted as identifiers.
            Statement drop(db, u"DROP INDEX \""_s + QString(name).replace(u'"', u"\"\""_s) + u'"');
            if (const Status s = drop.exec(); !s)
                return Result::failure(s.error());
        }
    }

    // The search index is filled once at the end instead of by its triggers row by row.
    QStringList triggerDefinitions;
    if (sqlite) {
        Statement list(db, u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                           "tbl_name = 'clients'"_s);
        if (const Status s = list.exec(); !s)
            return Result::failure(s.error());
        QStringList names;
        while (list.next()) {
            names.append(list.value(0).toString());
            triggerDefinitions.append(list.value(1).toString());
        }
        for (const QString &name : std::as_const(names)) {
            Statement drop(db,
                           u"DROP TRIGGER \""_s + QString(name).replace(u'"', u"\"\""_s) + u'"');
            if (const Status s = drop.exec(); !s)
                return Result::failure(s.error());
        }
    }

    DemoRandom rng(options.seed);
    // Whole seconds keep the demo identical whatever the sub-second part of the clock.
    const QDateTime now = m_clock.nowUtc().addMSecs(-m_clock.nowUtc().time().msec());
    const auto catalog = writeCatalog(db, rng, now);
    if (!catalog)
        return Result::failure(catalog.error());

    Summary summary;
    summary.indicators = catalog->indicatorIds.size();
    summary.versions = catalog->versions;
    summary.plans = catalog->plans.size();

    Writers w(db);
    QSet<QString> taken;
    int pinned = 0;
    qint64 paymentNumber = 0;
    const auto firstNames = DemoNames::firstNames();
    const auto lastNames = DemoNames::lastNames();
    for (int i = 0; i < options.clients; ++i) {
        const QStringView first = rng.pick(firstNames);
        const QStringView last = rng.pick(lastNames);
        const int kindRoll = rng.below(100);
        DemoHistory history;
        if (kindRoll >= 17 && pinned < pinnedDays * pinnedPerDay) {
            const QDateTime expires =
                now.addDays(pinned / pinnedPerDay).addSecs(rng.between(3600, 80000));
            history = DemoHistory::pinnedSubscriber(rng, catalog->plans, now, expires);
            ++pinned;
        } else {
            const auto kind = kindRoll < 12   ? DemoHistory::Kind::Lead
                              : kindRoll < 17 ? DemoHistory::Kind::LifetimeBuyer
                                              : DemoHistory::Kind::Subscriber;
            history = DemoHistory::simulate(rng, catalog->plans, now, kind);
        }
        // A few early clients got the old, now retired script; a few testers get the beta.
        if (history.registeredAt < now.addDays(-300) && rng.chance(0.15)) {
            const QDateTime start = history.registeredAt.addDays(2);
            history.holdings[DemoCatalog::retiredIndicator] = {
                start, Expiration::at(start.addMonths(3)),
                rng.chance(0.5) ? IntendedState::Revoked : IntendedState::Granted,
                AccessOrigin::Campaign, -1};
        }
        if (history.kind != DemoHistory::Kind::Lead && rng.chance(0.01)) {
            history.holdings[DemoCatalog::developmentIndicator] = {
                now.addDays(-rng.between(1, 40)), Expiration::lifetime(), IntendedState::Granted,
                AccessOrigin::Manual, -1};
        }

        bool activeNow = false;
        for (const auto &h : std::as_const(history.holdings))
            activeNow =
                activeNow || (h.intent == IntendedState::Granted && !h.expiration.isPastAt(now));
        const QString status = history.kind == DemoHistory::Kind::Lead ? u"lead"_s
                               : rng.chance(0.005)                     ? u"blocked"_s
                               : activeNow                             ? u"active"_s
                                                                       : u"inactive"_s;
        const QString username = usernameFor(rng, first, last, taken);
        const QString email =
            rng.chance(0.9)
                ? (first.toString() + u'.' + last.toString() +
                   (rng.chance(0.4) ? QString::number(rng.between(1, 999)) : QString()) + u'@' +
                   rng.pick(DemoNames::mailDomains()).toString())
                      .toLower()
                : QString();
        const QString notes =
            rng.chance(0.08) ? rng.pick(DemoNames::noteSnippets()).toString() : QString();
        QStringList tags;
        if (history.payments.size() >= 8)
            tags << u"vip"_s;
        if (rng.chance(0.1))
            tags << (rng.chance(0.5) ? u"discord"_s : u"telegram"_s);
        const QString tagsJson = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));

        w.client.bind(u":u"_s, username)
            .bind(u":e"_s, email)
            .bind(u":n"_s, QString(first.toString() + u' ' + last.toString()))
            .bind(u":s"_s, status)
            .bind(u":notes"_s, notes)
            .bind(u":tags"_s, tagsJson)
            .bind(u":c"_s, DbTime::toDb(history.registeredAt));
        if (const Status s = w.client.exec(); !s)
            return Result::failure(s.error());
        const qint64 clientId = w.client.lastInsertId();
        ++summary.clients;
        if (const Status s = writeAudit(w, history.registeredAt, u"client.created"_s, u"client"_s,
                                        clientId, {{u"tv_username"_s, username}});
            !s)
            return Result::failure(s.error());
        ++summary.auditEntries;

        const QString currency = rng.chance(0.3) ? u"EUR"_s : u"USD"_s;
        const QString source = QString::fromUtf16(sources[rng.below(5)]);
        for (const DemoHistory::Payment &p : std::as_const(history.payments)) {
            const DemoPlan &plan = catalog->plans[p.plan];
            w.payment.bind(u":c"_s, clientId)
                .bind(u":a"_s, plan.priceMinor)
                .bind(u":cur"_s, currency)
                .bind(u":paid"_s, DbTime::toDb(p.paidAt))
                .bind(u":r"_s, u"demo-%1"_s.arg(++paymentNumber, 8, 10, QChar(u'0')))
                .bind(u":s"_s, source)
                .bind(u":p"_s, plan.id);
            if (const Status s = w.payment.exec(); !s)
                return Result::failure(s.error());
            ++summary.payments;
        }

        for (auto it = history.holdings.cbegin(); it != history.holdings.cend(); ++it) {
            const DemoHistory::Holding &h = it.value();
            const bool granted = h.intent == IntendedState::Granted;
            const QDateTime synced = h.startsAt.addSecs(rng.between(5, 600));
            const QVariant expires = h.expiration.isLifetime()
                                         ? QVariant(QMetaType::fromType<QString>())
                                         : DbTime::toDb(h.expiration.until());
            w.access.bind(u":c"_s, clientId)
                .bind(u":i"_s, catalog->indicatorIds[it.key()])
                .bind(u":start"_s, DbTime::toDb(h.startsAt))
                .bind(u":e"_s, expires)
                .bind(u":state"_s, toText(h.intent))
                .bind(u":o"_s, toText(h.origin))
                .bind(u":p"_s, h.plan >= 0 ? QVariant(catalog->plans[h.plan].id)
                                           : QVariant(QMetaType::fromType<qlonglong>()))
                .bind(u":ss"_s, granted ? u"granted"_s : u"absent"_s)
                .bind(u":synced"_s, DbTime::toDb(synced < now ? synced : now));
            if (const Status s = w.access.exec(); !s)
                return Result::failure(s.error());
            ++summary.accesses;
            const qint64 accessId = w.access.lastInsertId();
            const bool paid = h.plan >= 0 && h.origin != AccessOrigin::Campaign &&
                              catalog->plans[h.plan].priceMinor > 0;
            for (const DemoAccessHistory::Row &row :
                 DemoAccessHistory::rowsFor(history, it.key(), catalog->plans, now)) {
                static const QString changes[] = {u"grant"_s, u"extend"_s, u"shorten"_s,
                                                  u"revoke"_s};
                w.history.bind(u":a"_s, accessId)
                    .bind(u":c"_s, clientId)
                    .bind(u":i"_s, catalog->indicatorIds[it.key()])
                    .bind(u":ch"_s, changes[int(row.change)])
                    .bind(u":s"_s, DbTime::toDb(row.start))
                    .bind(u":e"_s, row.end ? DbTime::toDb(*row.end)
                                           : QVariant(QMetaType::fromType<QString>()))
                    .bind(u":o"_s, toText(h.origin))
                    .bind(u":p"_s, h.plan >= 0 ? QVariant(catalog->plans[h.plan].id)
                                               : QVariant(QMetaType::fromType<qlonglong>()))
                    .bind(u":paid"_s, paid ? 1 : 0);
                if (const Status s = w.history.exec(); !s)
                    return Result::failure(s.error());
            }
        }
        if (progress && (i % 1000 == 999) && !progress(i + 1, options.clients))
            return Result::failure(tr("Demo data generation was cancelled; nothing was written."));
    }
    if (progress)
        progress(options.clients, options.clients);
    for (const QString &definition : std::as_const(indexDefinitions) + triggerDefinitions) {
        if (const Status s = Statement(db, definition).exec(); !s)
            return Result::failure(s.error());
    }
    if (!triggerDefinitions.isEmpty()) {
        Statement rebuild(db, u"INSERT INTO clients_fts (clients_fts) VALUES ('rebuild')"_s);
        if (const Status s = rebuild.exec(); !s)
            return Result::failure(s.error());
    }
    if (const Status s = tx.commit(); !s)
        return Result::failure(s.error());
    return summary;
}

} // namespace pinedesk
