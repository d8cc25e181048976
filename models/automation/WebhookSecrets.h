#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QObject>
#include <QStringList>

#include <functional>

#include "domain/Expected.h"

namespace pinedesk {

// The providers' signing secrets (and Gumroad's URL token): only in the OS keychain, or, for
// a headless server, in PINEDESK_WEBHOOK_SECRET_<PROVIDER>, which takes precedence. Never in the
// database, the settings or a log.
class WebhookSecrets final : public QObject
{
    Q_OBJECT

public:
    using Secrets = QMap<QString, QByteArray>;

    explicit WebhookSecrets(QString service = QStringLiteral("PineDesk"),
                            QObject *parent = nullptr);

    static QString environmentVariable(const QString &provider);
    // Reads the secrets of these providers; `problems` names the keychain failures (a provider
    // with no secret is simply absent).
    void load(const QStringList &providers,
              std::function<void(const Secrets &secrets, const QStringList &problems)> done);
    void store(const QString &provider, const QByteArray &secret,
               std::function<void(const Status &)> done);
    void clear(const QString &provider, std::function<void(const Status &)> done);

private:
    void loadNext(QStringList remaining, Secrets secrets, QStringList problems,
                  std::function<void(const Secrets &, const QStringList &)> done);
    QString keyOf(const QString &provider) const;

    QString m_service;
};

} // namespace pinedesk
