#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace pinedesk {

class KeychainSecret;

// `pinedesk ... secret` and `mail password`: reads a secret from standard input (never the
// command line, where other users and the shell history see it), checks it, and puts it in the
// keychain; empty input removes it. Says what happened on standard error.
class SecretInput
{
    Q_DECLARE_TR_FUNCTIONS(SecretInput)

public:
    struct Words
    {
        QString stored;  // "The mail server's password is in the keychain."
        QString removed; // "... was removed from the keychain."
    };
    // `check` returns a sentence when the value cannot be right.
    static int store(KeychainSecret &secret, const Words &words,
                     const std::function<std::optional<QString>(const QByteArray &)> &check = {});
};

} // namespace pinedesk
