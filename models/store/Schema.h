#pragma once

#include "MigrationStep.h"

#include <QList>

namespace pinedesk {

// Every schema step PineDesk has ever shipped, oldest first. Steps are never edited once
// released; a change is a new step.
class Schema
{
public:
    static QList<MigrationStep> steps();
    static int latestVersion();
};

} // namespace pinedesk
