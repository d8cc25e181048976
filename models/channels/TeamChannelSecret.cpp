#include "TeamChannelSecret.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

TeamChannelSecret::TeamChannelSecret(TeamChannel::Kind kind, QString service, QObject *parent)
    : KeychainSecret(
          TeamChannel::toText(kind) + u"-channel"_s, TeamChannel::secretVariable(kind),
          tr("the %1 %2").arg(TeamChannel::displayName(kind), TeamChannel::secretName(kind)),
          std::move(service), parent)
{}

} // namespace pinedesk
