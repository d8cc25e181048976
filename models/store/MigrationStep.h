#pragma once

#include <QString>
#include <QStringList>

namespace pinedesk {

// One numbered schema change. Its statements run in one transaction together with the bump of
// PRAGMA user_version, so a database is always exactly at one version.
struct MigrationStep
{
    int version = 0;
    QString description;
    QStringList statements;
};

} // namespace pinedesk
