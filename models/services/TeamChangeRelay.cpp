#include "TeamChangeRelay.h"

#include "logging/LogCategories.h"
#include "store/ChangeChannel.h"
#include "store/Database.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

void publish(Database &database, const QString &message)
{
    // Losing this message costs the others a live update, never data: they see the change at
    // their next reload. So it is logged, not raised.
    if (const Status s = ChangeChannel::publish(database, message); !s)
        qCWarning(lcServices) << "cannot tell the team's desktops about a change:"
                              << s.error().detail();
}

} // namespace

TeamChangeRelay::TeamChangeRelay(Database &database, ChangeFeed &feed, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_feed(feed)
    , m_channel(new ChangeChannel(database, this))
    , m_sender(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    connect(&m_feed, &ChangeFeed::committedHere, this, &TeamChangeRelay::send);
    connect(m_channel, &ChangeChannel::received, this, &TeamChangeRelay::hear);
}

TeamChangeRelay::~TeamChangeRelay() = default;

Status TeamChangeRelay::start()
{
    return m_channel->listen();
}

void TeamChangeRelay::tell(Database &database, Changes changes)
{
    if (changes)
        publish(database, message(u"-"_s, changes));
}

QString TeamChangeRelay::message(const QString &sender, Changes changes)
{
    return sender + u' ' + QString::number(changes.toInt());
}

std::optional<TeamChangeRelay::Heard> TeamChangeRelay::parse(const QString &message)
{
    const QStringList parts = message.split(u' ');
    if (parts.size() != 2 || parts.at(0).isEmpty())
        return std::nullopt;
    bool ok = false;
    const unsigned bits = parts.at(1).toUInt(&ok);
    if (!ok || (bits & allChangeBits) == 0)
        return std::nullopt;
    return Heard{parts.at(0), Changes::fromInt(int(bits & allChangeBits))};
}

void TeamChangeRelay::send(Changes changes)
{
    publish(m_database, message(m_sender, changes));
}

void TeamChangeRelay::hear(const QString &message)
{
    const auto heard = parse(message);
    if (!heard) {
        qCWarning(lcServices) << "ignored a message on the team's change channel:" << message;
        return;
    }
    if (heard->sender != m_sender)
        m_feed.announceFromElsewhere(heard->changes);
}

} // namespace pinedesk
