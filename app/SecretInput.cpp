#include "SecretInput.h"

#include "ExitCode.h"
#include "settings/KeychainSecret.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace pinedesk {

int SecretInput::store(KeychainSecret &secret, const Words &words,
                       const std::function<std::optional<QString>(const QByteArray &)> &check)
{
    QTextStream err(stderr);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        err << tr("Standard input cannot be read.") << '\n';
        return ExitFailed;
    }
    const QByteArray value = in.readAll().trimmed();
    if (!value.isEmpty() && check) {
        if (const auto problem = check(value)) {
            err << *problem << '\n';
            return ExitUsage;
        }
    }
    int code = ExitOk;
    secret.store(value, [&](const Status &s) {
        if (!s) {
            err << s.error() << '\n';
            code = ExitFailed;
        } else {
            err << (value.isEmpty() ? words.removed : words.stored) << '\n';
        }
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    return code;
}

} // namespace pinedesk
