#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"

#include <QString>

#include <optional>

namespace pinedesk {

// Settings that belong to the data rather than to the machine (for example the expiring-soon
// threshold a team agreed on). Machine preferences live in QSettings; secrets in the keychain.
class SettingsStore
{
public:
    explicit SettingsStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    std::optional<QString> value(const QString &key);
    QString value(const QString &key, const QString &fallback);
    Status setValue(const QString &key, const QString &value);

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
