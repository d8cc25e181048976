#include "CatalogCommand.h"

#include "CliPermission.h"
#include "ExitCode.h"
#include "automation/ProviderRegistry.h"
#include "domain/PineIdValidator.h"
#include "domain/SystemClock.h"
#include "services/CatalogService.h"
#include "store/IndicatorStore.h"
#include "store/PlanStore.h"
#include "store/ProductMapStore.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

StoreContext cliContext(Database &database)
{
    static SystemClock clock;
    return {database, clock, u"cli:"_s + qEnvironmentVariable("USER")};
}

// Parses `pinedesk NAME VERB ...`; returns the positional arguments after the verb, or an exit
// code when there is nothing more to do (help, usage error).
std::variant<QStringList, int> parse(QCommandLineParser &parser, const QString &command,
                                     const QStringList &arguments, const QString &verb)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"pinedesk "_s + command} + arguments)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return int(ExitUsage);
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return int(ExitOk);
    }
    QStringList positional = parser.positionalArguments();
    if (positional.value(0) != verb) {
        QTextStream(stderr)
            << CatalogCommand::tr("Usage: pinedesk %1 %2 ... (see --help).").arg(command, verb)
            << '\n';
        return int(ExitUsage);
    }
    positional.removeFirst();
    return positional;
}

} // namespace

int CatalogCommand::indicators(const QStringList &arguments, Database &database)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add an invite-only script to the catalog: add PINE_ID"));
    const QCommandLineOption name(u"name"_s, tr("The name vendors and clients know it by."),
                                  tr("NAME"));
    parser.addOption(name);
    parser.addPositionalArgument(u"add"_s, tr("add PINE_ID"));
    const auto parsed = parse(parser, u"indicators"_s, arguments, u"add"_s);
    if (const int *exit = std::get_if<int>(&parsed))
        return *exit;
    const QStringList rest = std::get<QStringList>(parsed);
    if (rest.size() != 1) {
        err << tr("Give one script id, such as PUB;0123456789abcdef0123456789abcdef.") << '\n';
        return ExitUsage;
    }
    const auto pineId = PineIdValidator::validate(rest.first());
    if (!pineId) {
        err << pineId.error() << '\n';
        return ExitFailed;
    }
    Indicator indicator;
    indicator.pineId = *pineId;
    indicator.name = parser.isSet(name) ? parser.value(name) : *pineId;
    indicator.status = IndicatorStatus::Live;
    if (!cliAllows(database, Permission::EditCatalog, err))
        return ExitFailed;
    const auto id = IndicatorStore(cliContext(database)).create(indicator);
    if (!id) {
        err << id.error() << '\n';
        return ExitFailed;
    }
    QTextStream(stdout) << tr("Indicator %1 added (%2).").arg(indicator.name, *pineId) << '\n';
    return ExitOk;
}

int CatalogCommand::plans(const QStringList &arguments, Database &database)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add a plan: add NAME --indicator PINE_ID... --duration D"));
    const QCommandLineOption indicator(u"indicator"_s, tr("A script of the plan (repeat it)."),
                                       tr("PINE_ID"));
    const QCommandLineOption duration(
        u"duration"_s, tr("How long a purchase gives: 30D, 4W, 1M, 1Y or lifetime."), tr("D"));
    const QCommandLineOption price(u"price"_s, tr("The price, such as \"49.00 USD\"."),
                                   tr("AMOUNT CUR"));
    const QCommandLineOption renewal(
        u"renewal-url"_s, tr("Where a client renews it (the reminders' link)."), tr("URL"));
    parser.addOptions({indicator, duration, price, renewal});
    parser.addPositionalArgument(u"add"_s, tr("add NAME"));
    const auto parsed = parse(parser, u"plans"_s, arguments, u"add"_s);
    if (const int *exit = std::get_if<int>(&parsed))
        return *exit;
    QStringList rest = std::get<QStringList>(parsed);
    // --price 49 USD: the currency may come as the next word.
    QString priceText = parser.value(price);
    if (parser.isSet(price) && !priceText.contains(u' ') && rest.size() == 2) {
        priceText += u' ' + rest.takeLast();
    }
    if (rest.size() != 1 || !parser.isSet(indicator) || !parser.isSet(duration)) {
        err << tr("Give the plan's name, at least one --indicator and its --duration.") << '\n';
        return ExitUsage;
    }
    const auto length = Duration::parse(parser.value(duration));
    if (!length) {
        err << length.error() << '\n';
        return ExitUsage;
    }
    const StoreContext context = cliContext(database);
    Plan plan;
    plan.name = rest.first();
    plan.duration = *length;
    plan.renewalUrl = parser.value(renewal);
    if (parser.isSet(price)) {
        const QStringList words = priceText.split(u' ', Qt::SkipEmptyParts);
        const auto money = Money::parse(words.value(0), words.value(1));
        if (words.size() != 2 || !money) {
            err << tr("--price takes an amount and a currency, such as \"49.00 USD\".") << '\n';
            return ExitUsage;
        }
        plan.price = *money;
    }
    IndicatorStore indicators(context);
    for (const QString &raw : parser.values(indicator)) {
        const auto pineId = PineIdValidator::validate(raw);
        if (!pineId) {
            err << pineId.error() << '\n';
            return ExitFailed;
        }
        const auto known = indicators.findByPineId(*pineId);
        if (!known) {
            err << known.error() << '\n';
            return ExitFailed;
        }
        if (!*known) {
            err << tr("%1 is not in the catalog; add it with 'pinedesk indicators add'.")
                       .arg(*pineId)
                << '\n';
            return ExitFailed;
        }
        plan.indicatorIds.append((*known)->id);
    }
    if (!cliAllows(database, Permission::EditCatalog, err))
        return ExitFailed;
    const auto id = PlanStore(context).create(plan);
    if (!id) {
        err << id.error() << '\n';
        return ExitFailed;
    }
    QTextStream(stdout) << tr("Plan %1 added.").arg(plan.name) << '\n';
    return ExitOk;
}

int CatalogCommand::products(const QStringList &arguments, Database &database)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Say which plan a provider's product sells: map PROVIDER PRODUCT_ID --plan NAME, or "
           "list"));
    const QCommandLineOption planOption(u"plan"_s, tr("The PineDesk plan."), tr("NAME"));
    parser.addOption(planOption);
    parser.addPositionalArgument(u"map|list"_s, tr("map PROVIDER PRODUCT_ID, or list"));
    const StoreContext context = cliContext(database);
    ProductMapStore products(context);
    if (arguments.value(0) == u"list"_s) {
        const auto mappings = products.list();
        if (!mappings) {
            err << mappings.error() << '\n';
            return ExitFailed;
        }
        for (const auto &m : *mappings)
            out << m.provider << '\t' << m.productId << '\t' << m.planName << '\n';
        return ExitOk;
    }
    const auto parsed = parse(parser, u"products"_s, arguments, u"map"_s);
    if (const int *exit = std::get_if<int>(&parsed))
        return *exit;
    const QStringList rest = std::get<QStringList>(parsed);
    const ProviderRegistry registry;
    if (rest.size() != 2 || !parser.isSet(planOption)) {
        err << tr("Give the provider, the product id and --plan.") << '\n';
        return ExitUsage;
    }
    const QString provider = rest.at(0).toLower();
    if (!registry.find(provider) && provider != u"manual"_s) {
        err << tr("Unknown provider %1; PineDesk knows %2.")
                   .arg(provider, registry.names().join(u", "_s))
            << '\n';
        return ExitUsage;
    }
    const auto plans = PlanStore(context).list();
    if (!plans) {
        err << plans.error() << '\n';
        return ExitFailed;
    }
    const QString wanted = parser.value(planOption);
    for (const Plan &plan : *plans) {
        if (plan.name.compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        if (!cliAllows(database, Permission::EditCatalog, err))
            return ExitFailed;
        if (const Status s = products.map(provider, rest.at(1), plan.id); !s) {
            err << s.error() << '\n';
            return ExitFailed;
        }
        out << tr("%1 product %2 now sells %3.").arg(provider, rest.at(1), plan.name) << '\n';
        return ExitOk;
    }
    err << tr("There is no plan called %1.").arg(wanted) << '\n';
    return ExitFailed;
}

} // namespace pinedesk
