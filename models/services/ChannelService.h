#pragma once

#include "ServiceContext.h"
#include "channels/ChannelMessage.h"
#include "channels/ChannelSettings.h"
#include "domain/Expected.h"

#include <QList>
#include <QMap>

namespace pinedesk {

// The team channels for the window and the commands: what each hears, the state of their
// outbox, and sending the failed messages again.
class ChannelService
{
public:
    struct Summary
    {
        QMap<ChannelMessage::State, int> counts;
        QList<ChannelMessage> latest; // newest first
        QString lastProblem;          // of the newest message still waiting or failed
    };

    explicit ChannelService(ServiceContext context)
        : m_ctx(std::move(context))
    {}

    ChannelSettings settings() const;
    [[nodiscard]] Status save(const ChannelSettings &settings);
    [[nodiscard]] Expected<Summary> summary(int latest);
    // Every failed or waiting message goes again now; how many.
    [[nodiscard]] Expected<int> retryAll();

private:
    ServiceContext m_ctx;
};

} // namespace pinedesk
