#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

namespace pinedesk {

// Message authentication for webhook signatures.
namespace Hmac {

QByteArray sign(QCryptographicHash::Algorithm algorithm, QByteArrayView key,
                QByteArrayView message);
// Equal contents, in a time that depends only on the lengths (never on where they differ).
bool equal(QByteArrayView a, QByteArrayView b);

enum class Encoding { Hex, Base64 };
// Whether `given` (hex or base64 text from a header) is the HMAC of `message` under `key`.
bool matches(QByteArrayView given, Encoding encoding, QCryptographicHash::Algorithm algorithm,
             QByteArrayView key, QByteArrayView message);

} // namespace Hmac

} // namespace pinedesk
