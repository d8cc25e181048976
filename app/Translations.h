#pragma once

#include <QString>

namespace pinedesk {

// Installs PineDesk's and Qt's own translations for the chosen language ("en", "es", or empty
// for the system language).
class Translations
{
public:
    static void install(const QString &language);
    static QStringList available();
};

} // namespace pinedesk
