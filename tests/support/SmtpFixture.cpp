#include "SmtpFixture.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk::test {

namespace {

// Prints the Maildir's messages as a JSON array, parsed by Python's standard e-mail package.
const QString parser = uR"(import email, email.policy, json, mailbox, sys
box = mailbox.Maildir(sys.argv[1], create=False)
out = []
for key, kept in sorted(box.items(), key=lambda kv: (kv[1].get_date(), kv[0])):
    raw = box.get_bytes(key)
    m = email.message_from_bytes(raw, policy=email.policy.default)
    plain = email.message_from_bytes(raw, policy=email.policy.compat32)
    out.append({'subject': str(m['subject']), 'raw_subject': str(plain['subject']),
                'from': str(m['from']), 'to': str(m['to']), 'date': str(m['date']),
                'message_id': str(m['message-id']),
                'auto_submitted': str(m['auto-submitted'] or ''),
                'content_type': m.get_content_type(), 'charset': m.get_content_charset() or '',
                'transfer_encoding': str(m['content-transfer-encoding'] or ''),
                'body': m.get_content()})
print(json.dumps(out))
)"_s;

// Debian's interpreter, where python3-aiosmtpd is installed (another python3 may come first on
// the PATH).
QString python()
{
    return QFileInfo::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
}

} // namespace

SmtpFixture::SmtpFixture()
{
    QTcpServer probe;
    if (probe.listen(QHostAddress::LocalHost, 0))
        m_port = probe.serverPort();
}

SmtpFixture::~SmtpFixture()
{
    stop();
}

bool SmtpFixture::start()
{
    stop();
    if (!m_dir.isValid() || m_port == 0) {
        m_error = u"no temporary folder or free port for the SMTP server"_s;
        return false;
    }
    m_server = std::make_unique<QProcess>();
    m_server->setProcessChannelMode(QProcess::MergedChannels);
    m_server->start(python(),
                    {u"-m"_s, u"aiosmtpd"_s, u"-n"_s, u"-l"_s, u"127.0.0.1:%1"_s.arg(m_port),
                     u"-c"_s, u"aiosmtpd.handlers.Mailbox"_s, m_dir.filePath(u"mail"_s)});
    if (!m_server->waitForStarted(10000)) {
        m_error = u"python3 could not start: %1 (install python3-aiosmtpd)"_s.arg(
            m_server->errorString());
        return false;
    }
    // Ready when it accepts a connection (it takes a moment to bind).
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_server->state() != QProcess::Running) {
            m_error = u"aiosmtpd stopped at once (is python3-aiosmtpd installed?): %1"_s.arg(
                QString::fromUtf8(m_server->readAll()));
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200) && socket.waitForReadyRead(2000) &&
            socket.readAll().startsWith("220"))
            return true;
        m_server->waitForFinished(100); // lets it run; returns at once when it exits
    }
    m_error = u"aiosmtpd did not answer on port %1"_s.arg(m_port);
    return false;
}

void SmtpFixture::stop()
{
    if (!m_server)
        return;
    m_server->kill();
    m_server->waitForFinished(5000);
    m_server.reset();
}

QList<QJsonObject> SmtpFixture::messages() const
{
    QProcess reader;
    reader.start(python(), {u"-c"_s, parser, m_dir.filePath(u"mail"_s)});
    if (!reader.waitForFinished(30000))
        return {};
    QList<QJsonObject> list;
    const QJsonArray array = QJsonDocument::fromJson(reader.readAllStandardOutput()).array();
    for (const QJsonValue v : array)
        list.append(v.toObject());
    if (array.isEmpty() && reader.exitCode() != 0)
        qWarning() << "mail parser:" << reader.readAllStandardError();
    return list;
}

} // namespace pinedesk::test
