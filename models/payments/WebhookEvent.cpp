#include "WebhookEvent.h"

#include "domain/EnumText.h"

namespace pinedesk {

namespace {

constexpr EnumText<WebhookEventState> webhookEventStates[] = {
    {WebhookEventState::Pending, u"pending"},
    {WebhookEventState::Applied, u"applied"},
    {WebhookEventState::Ignored, u"ignored"},
    {WebhookEventState::NeedsAttention, u"needs_attention"},
    {WebhookEventState::Duplicate, u"duplicate"},
    {WebhookEventState::Refused, u"refused"}};

} // namespace

QString toText(WebhookEventState state)
{
    return enumToText(webhookEventStates, state);
}

std::optional<WebhookEventState> webhookEventStateFromText(QStringView text)
{
    return enumFromText(webhookEventStates, text);
}

QString WebhookEventStateNames::displayName(WebhookEventState state)
{
    switch (state) {
    case WebhookEventState::Pending:
        return tr("Waiting");
    case WebhookEventState::Applied:
        return tr("Applied");
    case WebhookEventState::Ignored:
        return tr("Ignored");
    case WebhookEventState::NeedsAttention:
        return tr("Needs attention");
    case WebhookEventState::Duplicate:
        return tr("Duplicate");
    case WebhookEventState::Refused:
        return tr("Refused");
    }
    return {};
}

} // namespace pinedesk
