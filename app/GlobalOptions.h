#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pinedesk {

// The options that come before any subcommand, and which subcommand was asked for. Parsed from
// the raw arguments before the application object exists, because the subcommand decides
// whether PineDesk needs a display.
struct GlobalOptions
{
    QString databasePath; // --db PATH
    QString baseUrl;      // --base-url URL (TradingView or a sandbox)
    QString subcommand;   // empty: start the GUI
    QStringList subcommandArgs;
    bool sandbox = false; // --sandbox: the built-in TradingView sandbox (GUI)
    bool real = false;    // --real: the real TradingView (GUI)
    bool help = false;
    bool version = false;
    QString error; // set when the arguments make no sense

    static GlobalOptions parse(const QStringList &arguments);
    static QStringList headlessCommands();
};

} // namespace pinedesk
