#pragma once

#include <QString>

#include <type_traits>
#include <utility>

namespace pinedesk {

// What went wrong, in two voices: a sentence the vendor can act on (translated, shown in the
// GUI and the CLI) and a technical detail (SQL, driver text, HTTP status) that goes only to the
// log. The kind lets callers decide: retry when busy, tell the user when the input is invalid,
// stop a decision when a read failed.
class Error
{
public:
    enum class Kind {
        InvalidInput, // the vendor's input was refused; the message says why
        NotFound,     // the thing asked for does not exist (any more)
        Conflict,     // a constraint or a concurrent change refused the write
        Busy,         // the database or a resource is locked by someone else: try again
        Permission,   // not allowed: file permissions, read-only, a role
        Corrupt,      // the file is damaged or not a PineDesk database
        Io,           // the disk, the file system or the driver failed
        Unavailable,  // a service the call needs is missing (keychain, network, lease)
    };

    // A refusal in the vendor's words; most domain rules fail this way. Takes anything that
    // makes a QString (string builders included).
    template<typename S, typename = std::enable_if_t<std::is_convertible_v<S, QString> &&
                                                     !std::is_same_v<std::decay_t<S>, Error>>>
    Error(S &&message)
        : m_message(QString(std::forward<S>(message)))
    {}
    Error(Kind kind, QString message, QString detail = {})
        : m_kind(kind)
        , m_message(std::move(message))
        , m_detail(std::move(detail))
    {}

    Kind kind() const { return m_kind; }
    // The translated sentence for the vendor.
    const QString &message() const { return m_message; }
    // For the log only: never shown in a dialog.
    const QString &detail() const { return m_detail; }

    // Errors are shown where a sentence is expected (labels, message boxes, CLI output).
    operator QString() const { return m_message; }
    bool isEmpty() const { return m_message.isEmpty(); }

    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::InvalidInput;
    QString m_message;
    QString m_detail;
};

} // namespace pinedesk
