#pragma once

#include "ProviderAdapter.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace pinedesk {

// The payment providers the automation server listens to.
class ProviderRegistry
{
public:
    ProviderRegistry();

    const ProviderAdapter *find(const QString &name) const;
    QStringList names() const;

private:
    std::vector<std::unique_ptr<ProviderAdapter>> m_adapters;
};

} // namespace pinedesk
