#pragma once

#include <QString>

namespace pinedesk {

// What `pinedesk --help` prints: the global options, every command and the environment.
QString usageText();

} // namespace pinedesk
