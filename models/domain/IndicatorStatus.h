#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace pinedesk {

// Where an indicator is in its life: being built, sold, or no longer sold.
enum class IndicatorStatus { Development, Live, Retired };

QString toText(IndicatorStatus status);
std::optional<IndicatorStatus> indicatorStatusFromText(QStringView text);

class IndicatorStatusNames
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorStatusNames)

public:
    static QString displayName(IndicatorStatus status);
};

} // namespace pinedesk
