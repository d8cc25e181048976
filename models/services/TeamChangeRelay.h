#pragma once

#include "ChangeFeed.h"
#include "domain/Expected.h"

#include <QObject>
#include <QString>

#include <optional>

namespace pinedesk {

class ChangeChannel;
class Database;

// The change feed across the desktops of a team database. What this process commits goes out
// on the database's channel once per feed delivery (a burst is one message); what the others
// commit comes in and is delivered on the local feed like a local change, so pages, the engine
// (woken at once for a grant made elsewhere) and the tray react the same way. A message names
// its sender, so nobody reacts twice to its own changes.
class TeamChangeRelay final : public QObject
{
    Q_OBJECT

public:
    TeamChangeRelay(Database &database, ChangeFeed &feed, QObject *parent = nullptr);
    ~TeamChangeRelay() override;

    // Starts listening; until it succeeds, changes made elsewhere show at the next reload.
    [[nodiscard]] Status start();

    // Tells the team database's listeners about changes committed by a process without a feed.
    static void tell(Database &database, Changes changes);

    // The message format: "<sender> <changes as a number>".
    static QString message(const QString &sender, Changes changes);
    struct Heard
    {
        QString sender;
        Changes changes;
    };
    static std::optional<Heard> parse(const QString &message);

private:
    void send(Changes changes);
    void hear(const QString &message);

    Database &m_database;
    ChangeFeed &m_feed;
    ChangeChannel *m_channel;
    QString m_sender;
};

} // namespace pinedesk
