#pragma once

#include "domain/Expected.h"

#include <QByteArray>
#include <QObject>

#include <functional>

namespace pinedesk {

// One secret in the OS keychain (a password, a webhook address, a token) or, for a headless
// server, in an environment variable, which takes precedence. Never in the database, the
// settings or a log.
class KeychainSecret : public QObject
{
    Q_OBJECT

public:
    // `key`: the keychain entry; `variable`: the environment's name for it; `what`: how a
    // sentence names it ("the mail server's password").
    KeychainSecret(QString key, QByteArray variable, QString what, QString service,
                   QObject *parent = nullptr);

    // done(secret, problem): an empty secret with no problem means none is saved.
    void load(std::function<void(const QByteArray &secret, const QString &problem)> done);
    // An empty secret deletes the entry.
    void store(const QByteArray &secret, std::function<void(const Status &)> done);

private:
    QString m_key;
    QByteArray m_variable;
    QString m_what;
    QString m_service;
};

} // namespace pinedesk
