#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pinedesk {

// `pinedesk demo-data --clients N --seed S --out FILE [--as-of YYYY-MM-DD] [--force]`:
// writes a new database full of realistic, reproducible demo data.
class DemoDataCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataCommand)

public:
    static int run(const QStringList &arguments, const QString &defaultOut);
};

} // namespace pinedesk
