#pragma once

#include "domain/Expected.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

namespace pinedesk {

class Database;

// The team database's message channel (PostgreSQL LISTEN/NOTIFY): what one desktop commits,
// the others hear within moments, without polling. A listener has a connection of its own that
// runs nothing else: a connection busy with queries would take the notifications in with its
// results and nobody would see them until the next one. Messages are short text, delivered
// only when the sender's transaction commits.
class ChangeChannel final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeChannel(Database &database, QObject *parent = nullptr);
    ~ChangeChannel() override;

    // Opens the listening connection (on the calling thread, whose event loop delivers).
    [[nodiscard]] Status listen();
    bool isListening() const { return m_listening; }

    // Sends a message to every listener, on the calling thread's connection.
    [[nodiscard]] static Status publish(Database &database, const QString &message);

Q_SIGNALS:
    void received(const QString &message);

private:
    void stopListening();

    Database &m_database;
    QString m_connectionName;
    bool m_listening = false;
};

} // namespace pinedesk
