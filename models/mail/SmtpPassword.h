#pragma once

#include "domain/Expected.h"

#include <QByteArray>
#include <QObject>

#include <functional>

namespace pinedesk {

// The mail server's password: only in the OS keychain, or, for a headless server, in
// PINEDESK_SMTP_PASSWORD, which takes precedence. Never in the database, the settings or a log.
class SmtpPassword final : public QObject
{
    Q_OBJECT

public:
    explicit SmtpPassword(QString service = QStringLiteral("PineDesk"), QObject *parent = nullptr);

    // done(password, problem): an empty password with no problem means none is saved.
    void load(std::function<void(const QByteArray &password, const QString &problem)> done);
    void store(const QByteArray &password, std::function<void(const Status &)> done);

private:
    QString m_service;
};

} // namespace pinedesk
