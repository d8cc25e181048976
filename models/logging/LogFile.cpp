#include "LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

struct LogState
{
    QMutex mutex;
    QFile file;
    QString path;
    qint64 maxBytes = LogFile::defaultMaxBytes;
    int keep = LogFile::defaultKeep;
    QtMessageHandler previous = nullptr;
    bool installed = false;
    bool echo = false;
};

LogState &state()
{
    static LogState s;
    return s;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void rotate(LogState &s)
{
    s.file.close();
    QFile::remove(u"%1.%2"_s.arg(s.path).arg(s.keep));
    for (int i = s.keep - 1; i >= 1; --i)
        QFile::rename(u"%1.%2"_s.arg(s.path).arg(i), u"%1.%2"_s.arg(s.path).arg(i + 1));
    QFile::rename(s.path, s.path + u".1"_s);
    s.file.setFileName(s.path);
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            const QByteArray line =
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' +
                levelName(type) + ' ' + (context.category ? context.category : "default") + ": " +
                message.toUtf8() + '\n';
            s.file.write(line);
            s.file.flush();
            if (s.file.size() > s.maxBytes)
                rotate(s);
        }
    }
    // PineDesk's own categories are for the log: a vendor's terminal shows sentences, not SQL.
    // Qt's and fatal messages still reach stderr, and PINEDESK_LOG_STDERR=1 shows everything.
    const bool ours = context.category && qstrncmp(context.category, "pinedesk.", 9) == 0;
    // (QtInfoMsg sorts after QtFatalMsg in the enum: name the severe types.)
    const bool severe = type == QtCriticalMsg || type == QtFatalMsg;
    if (s.previous && (!ours || severe || s.echo))
        s.previous(type, context, message);
}

} // namespace

bool LogFile::install(const QString &path, qint64 maxBytes, int keep)
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    QDir().mkpath(QFileInfo(path).absolutePath());
    s.file.close();
    s.file.setFileName(path);
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    s.path = path;
    s.maxBytes = std::max<qint64>(1024, maxBytes);
    s.keep = std::max(1, keep);
    s.echo = qEnvironmentVariableIntValue("PINEDESK_LOG_STDERR") == 1;
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handler);
        s.installed = true;
    }
    return true;
}

void LogFile::uninstall()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.installed)
        qInstallMessageHandler(s.previous);
    s.installed = false;
    s.file.close();
    s.path.clear();
}

QString LogFile::path()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    return s.path;
}

QString LogFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/pinedesk.log"_s;
}

} // namespace pinedesk
