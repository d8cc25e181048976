#pragma once

#include "domain/Expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pinedesk {

// What the sandbox's TradingView knows: its users, the owner's scripts and who holds which
// script until when. Keys are lower-case usernames; values keep the canonical spelling.
class SandboxState
{
public:
    struct User
    {
        qint64 id = 0;
        QString username;
    };
    struct Grant
    {
        qint64 id = 0;
        QString username;
        std::optional<QDateTime> expiration; // nullopt = lifetime
        QDateTime created;
    };
    struct Script
    {
        QString pineId;
        QString name;
        QString version;
        QMap<QString, Grant> grants;
    };

    // trader00001... users and scripts with valid PUB; ids, reproducible from the seed.
    void seed(int users, int scripts, quint64 seed);
    const User &addUser(const QString &username);
    Script &addScript(const QString &pineId, const QString &name);

    const User *findUser(const QString &username, bool strictCase) const;
    Script *script(const QString &pineId);
    const QMap<QString, User> &users() const { return m_users; }
    QList<QString> scriptIds() const { return m_scripts.keys(); }
    qint64 nextId() { return ++m_lastId; }
    qint64 grantCount() const;

    QJsonObject toJson() const;
    static Expected<SandboxState> fromJson(const QJsonObject &json);
    Status save(const QString &path) const;
    static Expected<SandboxState> load(const QString &path);

private:
    QMap<QString, User> m_users;
    QMap<QString, Script> m_scripts;
    qint64 m_lastId = 1000;
};

} // namespace pinedesk
