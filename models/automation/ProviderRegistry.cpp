#include "ProviderRegistry.h"

#include "GumroadAdapter.h"
#include "LemonSqueezyAdapter.h"
#include "PatreonAdapter.h"
#include "ShopifyAdapter.h"
#include "StripeAdapter.h"
#include "WhopAdapter.h"

namespace pinedesk {

ProviderRegistry::ProviderRegistry()
{
    m_adapters.push_back(std::make_unique<StripeAdapter>());
    m_adapters.push_back(std::make_unique<WhopAdapter>());
    m_adapters.push_back(std::make_unique<GumroadAdapter>());
    m_adapters.push_back(std::make_unique<ShopifyAdapter>());
    m_adapters.push_back(std::make_unique<LemonSqueezyAdapter>());
    m_adapters.push_back(std::make_unique<PatreonAdapter>());
}

const ProviderAdapter *ProviderRegistry::find(const QString &name) const
{
    for (const auto &adapter : m_adapters) {
        if (adapter->name() == name)
            return adapter.get();
    }
    return nullptr;
}

QStringList ProviderRegistry::names() const
{
    QStringList list;
    for (const auto &adapter : m_adapters)
        list.append(adapter->name());
    return list;
}

} // namespace pinedesk
