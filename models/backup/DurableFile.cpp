#include "DurableFile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace pinedesk {

namespace {

Status syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags);
    if (fd < 0)
        return Status::failure(
            Error(Error::Kind::Io, DurableFile::tr("%1 could not be opened: %2")
                                       .arg(path, QString::fromLocal8Bit(std::strerror(errno)))));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return Status::failure(
            Error(Error::Kind::Io, DurableFile::tr("%1 could not be written "
                                                   "to the disk: %2")
                                       .arg(path, QString::fromLocal8Bit(std::strerror(err)))));
    return {};
}

} // namespace

Status DurableFile::flush(const QString &path)
{
    return syncPath(path, O_RDONLY);
}

Status DurableFile::renameOver(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        return Status::failure(Error(
            Error::Kind::Io, tr("%1 could not be renamed to %2: %3")
                                 .arg(from, to, QString::fromLocal8Bit(std::strerror(errno)))));
    }
    return syncPath(QFileInfo(to).absolutePath(), O_RDONLY | O_DIRECTORY);
}

Status DurableFile::copy(const QString &from, const QString &to)
{
    QFile::remove(to);
    QFile source(from);
    if (!source.copy(to)) {
        return Status::failure(
            Error(Error::Kind::Io,
                  tr("%1 could not be copied to %2: %3").arg(from, to, source.errorString())));
    }
    return flush(to);
}

} // namespace pinedesk
