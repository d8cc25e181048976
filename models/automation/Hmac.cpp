#include "Hmac.h"

#include <QMessageAuthenticationCode>

namespace pinedesk::Hmac {

QByteArray sign(QCryptographicHash::Algorithm algorithm, QByteArrayView key, QByteArrayView message)
{
    QMessageAuthenticationCode code(algorithm, key.toByteArray());
    code.addData(message.data(), message.size());
    return code.result();
}

bool equal(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

bool matches(QByteArrayView given, Encoding encoding, QCryptographicHash::Algorithm algorithm,
             QByteArrayView key, QByteArrayView message)
{
    const QByteArray text = given.trimmed().toByteArray();
    if (text.isEmpty())
        return false;
    const QByteArray decoded =
        encoding == Encoding::Hex ? QByteArray::fromHex(text) : QByteArray::fromBase64(text);
    return equal(decoded, sign(algorithm, key, message));
}

} // namespace pinedesk::Hmac
