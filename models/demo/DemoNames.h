#pragma once

#include <QStringView>

#include <span>

namespace pinedesk {

// Word lists the demo data draws from: international first and last names, trading words for
// TradingView-style usernames, mail domains, and the catalog of a typical vendor.
struct DemoNames
{
    static std::span<const QStringView> firstNames();
    static std::span<const QStringView> lastNames();
    static std::span<const QStringView> tradingWords();
    static std::span<const QStringView> mailDomains();
    static std::span<const QStringView> indicatorNames();
    static std::span<const QStringView> noteSnippets();
};

} // namespace pinedesk
