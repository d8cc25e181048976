#pragma once

#include "TeamChannel.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QTimer>

namespace pinedesk {

class Clock;
class Database;
class JobRunner;

// Keeps the team channels' outbox flowing while PineDesk (the window or `serve`) runs: every
// 20 seconds, and at once when asked, a worker sends what is due (ChannelDrain). The addresses
// and tokens come from the keychain through setSecret(); outcomes arrive as signals.
class ChannelSender final : public QObject
{
    Q_OBJECT

public:
    ChannelSender(Database &database, const Clock &clock, QObject *parent = nullptr);
    ~ChannelSender() override;

    void start();
    // Reads every channel's address or token from the keychain (or the environment), then
    // starts; a keychain that cannot answer is reported through problemsChanged.
    void loadSecretsAndStart(const QString &service = QStringLiteral("PineDesk"));
    bool isRunning() const;
    void setSecret(TeamChannel::Kind kind, const QByteArray &secret);

public Q_SLOTS:
    void sendNow();

Q_SIGNALS:
    void ran(int sent, int retried, int dead);
    // A channel could not be reached or has no address; empty when all went well. Said when
    // it changes, not on every run.
    void problemsChanged(const QStringList &problems);

private:
    Database &m_database;
    const Clock &m_clock;
    JobRunner *m_jobs;
    QTimer m_timer;
    QMap<TeamChannel::Kind, QByteArray> m_secrets;
    bool m_again = false;
    QStringList m_problems;
};

} // namespace pinedesk
