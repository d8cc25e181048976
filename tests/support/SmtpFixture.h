#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace pinedesk::test {

// A real local SMTP server for the e-mail tests: Debian's aiosmtpd (python3-aiosmtpd) on a
// free loopback port, keeping every message it accepts in a Maildir. Messages are read back
// with Python's own e-mail parser, so headers and encodings are judged by an independent
// implementation. `error()` says why it could not start (the tests fail with it).
class SmtpFixture
{
public:
    SmtpFixture();
    ~SmtpFixture();

    bool start(); // on the same port when restarted
    void stop();  // kills it, as a crash or an outage would
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }

    // Each accepted message, oldest first: subject (decoded) and raw_subject, from, to, date,
    // message_id,
    // auto_submitted, content_type, transfer_encoding, body (all decoded).
    QList<QJsonObject> messages() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_server;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace pinedesk::test
