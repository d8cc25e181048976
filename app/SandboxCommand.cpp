#include "SandboxCommand.h"

#include "SignalWatcher.h"
#include "domain/SystemClock.h"
#include "sandbox/SandboxServer.h"
#include "tradingview/TvDateTime.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

struct Number
{
    const char16_t *name;
    double *target;
};

struct Whole
{
    const char16_t *name;
    int *target;
};

} // namespace

int SandboxCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty() || arguments.first() != u"serve"_s) {
        err << tr("Usage: pinedesk sandbox serve [OPTIONS] (see pinedesk sandbox serve --help)")
            << '\n';
        return 2;
    }
    SandboxConfig config;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Serve the TradingView sandbox on 127.0.0.1 until SIGINT or SIGTERM."));
    parser.addHelpOption();
    const QList<QCommandLineOption> options = {
        {u"port"_s, tr("Port to listen on (0 picks a free one)."), tr("P"), u"0"_s},
        {u"session"_s, tr("The sessionid cookie value clients must send."), tr("TOKEN"),
         config.session},
        {u"sign"_s, tr("The sessionid_sign value."), tr("VALUE"), config.sessionSign},
        {u"owner"_s, tr("The account's username."), tr("NAME"), config.ownerUsername},
        {u"users"_s, tr("Seeded users trader00001... (default 1000)."), tr("N"), u"1000"_s},
        {u"scripts"_s, tr("Seeded scripts (default 3)."), tr("N"), u"3"_s},
        {u"seed"_s, tr("Seed for script ids and faults."), tr("S"), u"1"_s},
        {u"latency-ms"_s, tr("Latency per answer: A or A-B milliseconds."), tr("A[-B]")},
        {u"write-rate"_s, tr("Adds and modifies per second (0 = unlimited)."), tr("R"), u"0"_s},
        {u"write-burst"_s, tr("Write burst."), tr("B"), u"10"_s},
        {u"remove-rate"_s, tr("Removes per second (0 = unlimited)."), tr("R"), u"0"_s},
        {u"remove-burst"_s, tr("Remove burst."), tr("B"), u"10"_s},
        {u"hint-rate"_s, tr("Username hints per second (0 = unlimited)."), tr("R"), u"0"_s},
        {u"hint-burst"_s, tr("Hint burst."), tr("B"), u"20"_s},
        {u"read-rate"_s, tr("Lists per second (0 = unlimited)."), tr("R"), u"0"_s},
        {u"read-burst"_s, tr("Read burst."), tr("B"), u"20"_s},
        {u"no-retry-after"_s, tr("Answer 429 without Retry-After.")},
        {u"fail-rate"_s, tr("Share of calls answered with a 5xx."), tr("F"), u"0"_s},
        {u"json-errors"_s, tr("5xx answers as JSON instead of HTML pages.")},
        {u"drop-rate"_s, tr("Share of calls whose connection is dropped."), tr("F"), u"0"_s},
        {u"malformed-rate"_s, tr("Share of calls done but answered with a broken body."), tr("F"),
         u"0"_s},
        {u"expire-after"_s, tr("The session expires after N authenticated calls."), tr("N"),
         u"0"_s},
        {u"expire-at"_s, tr("The session expires at this UTC time (ISO 8601)."), tr("ISO")},
        {u"rotate-every"_s, tr("Send a new sessionid cookie every N authenticated calls."), tr("N"),
         u"0"_s},
        {u"require-sign"_s, tr("Refuse calls without the right sessionid_sign.")},
        {u"strict-case"_s, tr("Usernames must be sent in their canonical case.")},
        {u"remove-nonmember"_s, tr("Answer to removing a non-member: ok or not_exists."),
         tr("ANSWER"), u"ok"_s},
        {u"username-filter"_s, tr("list_users username filter: exact, prefix or substring."),
         tr("MODE"), u"prefix"_s},
        {u"page-size"_s, tr("Default page size of list_users."), tr("N"), u"20"_s},
        {u"max-limit"_s, tr("Largest limit list_users accepts."), tr("N"), u"30"_s},
        {u"grace-days"_s, tr("Days expired grants stay listed."), tr("D"), u"0"_s},
        {u"userpic-bytes"_s, tr("Size of base64 userpics (0 = short URLs)."), tr("N"), u"0"_s},
        {u"state"_s, tr("Load the state from FILE if it exists; save it there on exit."),
         tr("FILE")},
    };
    parser.addOptions(options);
    if (!parser.parse(QStringList{u"pinedesk sandbox serve"_s} + arguments.mid(1))) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }

    bool ok = true;
    auto number = [&](const QString &name, double min, double max) {
        bool good = false;
        const double v = parser.value(name).toDouble(&good);
        if (!good || v < min || v > max) {
            err << tr("--%1 takes a number from %2 to %3.").arg(name).arg(min).arg(max) << '\n';
            ok = false;
        }
        return v;
    };
    const int port = int(number(u"port"_s, 0, 65535));
    config.session = parser.value(u"session"_s);
    config.sessionSign = parser.value(u"sign"_s);
    config.ownerUsername = parser.value(u"owner"_s);
    config.users = int(number(u"users"_s, 0, 10'000'000));
    config.scripts = int(number(u"scripts"_s, 0, 10000));
    config.seed = quint64(number(u"seed"_s, 0, 1e15));
    const Number rates[] = {
        {u"write-rate", &config.writeRate},   {u"write-burst", &config.writeBurst},
        {u"remove-rate", &config.removeRate}, {u"remove-burst", &config.removeBurst},
        {u"hint-rate", &config.hintRate},     {u"hint-burst", &config.hintBurst},
        {u"read-rate", &config.readRate},     {u"read-burst", &config.readBurst}};
    for (const Number &n : rates)
        *n.target = number(QString::fromUtf16(n.name), 0, 1e6);
    const Number shares[] = {{u"fail-rate", &config.failRate},
                             {u"drop-rate", &config.dropRate},
                             {u"malformed-rate", &config.malformedRate}};
    for (const Number &n : shares)
        *n.target = number(QString::fromUtf16(n.name), 0, 1);
    const Whole wholes[] = {
        {u"expire-after", &config.expireAfterCalls}, {u"rotate-every", &config.rotateEvery},
        {u"page-size", &config.defaultPageSize},     {u"max-limit", &config.maxLimit},
        {u"grace-days", &config.graceDays},          {u"userpic-bytes", &config.userpicBytes}};
    for (const Whole &w : wholes)
        *w.target = int(number(QString::fromUtf16(w.name), 0, 1e8));
    if (parser.isSet(u"latency-ms"_s)) {
        const QStringList parts = parser.value(u"latency-ms"_s).split(u'-');
        bool a = false;
        bool b = true;
        config.latencyMinMs = parts.value(0).toInt(&a);
        config.latencyMaxMs = parts.size() > 1 ? parts.value(1).toInt(&b) : config.latencyMinMs;
        if (!a || !b || parts.size() > 2 || config.latencyMinMs < 0 ||
            config.latencyMaxMs < config.latencyMinMs) {
            err << tr("--latency-ms takes A or A-B milliseconds, such as 100 or 80-150.") << '\n';
            ok = false;
        }
    }
    if (parser.isSet(u"expire-at"_s)) {
        const auto when = TvDateTime::parse(parser.value(u"expire-at"_s));
        if (!when) {
            err << tr("--expire-at takes a time such as 2030-01-31T12:00:00Z.") << '\n';
            ok = false;
        } else {
            config.expireAt = *when;
        }
    }
    config.retryAfter = !parser.isSet(u"no-retry-after"_s);
    config.htmlErrors = !parser.isSet(u"json-errors"_s);
    config.requireSign = parser.isSet(u"require-sign"_s);
    config.strictCase = parser.isSet(u"strict-case"_s);
    const QString nonMember = parser.value(u"remove-nonmember"_s);
    if (nonMember != u"ok"_s && nonMember != u"not_exists"_s) {
        err << tr("--remove-nonmember takes ok or not_exists.") << '\n';
        ok = false;
    }
    config.removeNonMember = nonMember == u"ok"_s ? SandboxConfig::RemoveNonMember::Ok
                                                  : SandboxConfig::RemoveNonMember::NotExists;
    const QString filter = parser.value(u"username-filter"_s);
    if (filter == u"exact"_s)
        config.usernameFilter = SandboxConfig::UsernameFilter::Exact;
    else if (filter == u"substring"_s)
        config.usernameFilter = SandboxConfig::UsernameFilter::Substring;
    else if (filter != u"prefix"_s) {
        err << tr("--username-filter takes exact, prefix or substring.") << '\n';
        ok = false;
    }
    if (!ok)
        return 2;

    SandboxState state;
    const QString statePath = parser.value(u"state"_s);
    if (!statePath.isEmpty() && QFileInfo::exists(statePath)) {
        auto loaded = SandboxState::load(statePath);
        if (!loaded) {
            err << tr("Cannot read the sandbox state %1: %2").arg(statePath, loaded.error())
                << '\n';
            return 1;
        }
        state = std::move(loaded).value();
    } else {
        state.seed(config.users, config.scripts, config.seed);
    }

    SystemClock clock;
    SandboxServer server(config, std::move(state), clock);
    if (!server.listen(quint16(port))) {
        err << tr("Cannot listen on port %1: %2").arg(port).arg(server.errorString()) << '\n';
        return 1;
    }
    out << tr("session cookie: sessionid=%1; sessionid_sign=%2")
               .arg(config.session, config.sessionSign)
        << '\n';
    out << tr("account: %1").arg(config.ownerUsername) << '\n';
    for (const QString &id : server.api().state().scriptIds())
        out << tr("script: %1 %2").arg(id, server.api().state().script(id)->name) << '\n';
    out << "listening on " << server.baseUrl().toString() << '\n' << Qt::flush;

    SignalWatcher watcher;
    int code = 0;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &server, [&] {
        if (!statePath.isEmpty()) {
            if (const Status s = server.api().state().save(statePath); !s) {
                err << tr("Cannot save the sandbox state %1: %2").arg(statePath, s.error()) << '\n';
                code = 1;
            }
        }
        QCoreApplication::exit(code);
    });
    return QCoreApplication::exec();
}

} // namespace pinedesk
