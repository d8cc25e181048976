#include "FormBody.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

QMap<QString, QString> FormBody::urlEncoded(const QByteArray &body)
{
    QMap<QString, QString> fields;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        fields.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return fields;
}

std::optional<QMap<QString, QString>> FormBody::multipart(const QByteArray &body,
                                                          const QByteArray &boundary)
{
    QMap<QString, QString> fields;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return std::nullopt;
    for (;;) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return fields; // closing delimiter
        if (body.mid(pos, 2) == "\r\n")
            pos += 2;
        const qsizetype headEnd = body.indexOf("\r\n\r\n", pos);
        if (headEnd < 0)
            return std::nullopt;
        const QByteArray head = body.mid(pos, headEnd - pos);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headEnd + 4);
        if (next < 0)
            return std::nullopt;
        const QByteArray value = body.mid(headEnd + 4, next - headEnd - 4);
        QString name;
        for (const QByteArray &line : head.split('\n')) {
            if (!line.trimmed().toLower().startsWith("content-disposition"))
                continue;
            const qsizetype at = line.indexOf("name=");
            if (at < 0)
                continue;
            QByteArray rest = line.mid(at + 5).trimmed();
            if (rest.startsWith('"')) {
                const qsizetype close = rest.indexOf('"', 1);
                name = QString::fromUtf8(rest.mid(1, close < 0 ? -1 : close - 1));
            } else {
                const qsizetype semi = rest.indexOf(';');
                name = QString::fromUtf8(semi < 0 ? rest : rest.left(semi));
            }
        }
        if (!name.isEmpty())
            fields.insert(name, QString::fromUtf8(value));
        pos = next + 2;
    }
}

std::optional<QMap<QString, QString>> FormBody::parse(const HttpRequest &request)
{
    const QByteArray type = request.header("content-type");
    const QByteArray lower = type.toLower();
    if (lower.startsWith("multipart/form-data")) {
        const qsizetype at = lower.indexOf("boundary=");
        if (at < 0)
            return std::nullopt;
        QByteArray boundary = type.mid(at + 9).trimmed();
        if (const qsizetype semi = boundary.indexOf(';'); semi >= 0)
            boundary.truncate(semi);
        if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2)
            boundary = boundary.mid(1, boundary.size() - 2);
        return multipart(request.body, boundary);
    }
    if (lower.startsWith("application/json")) {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (!doc.isObject())
            return std::nullopt;
        QMap<QString, QString> fields;
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isNull())
                continue;
            fields.insert(it.key(), it.value().isString() ? it.value().toString()
                                                          : it.value().toVariant().toString());
        }
        return fields;
    }
    // No or any other content type: read it as a URL-encoded form, as Django does.
    return urlEncoded(request.body);
}

} // namespace pinedesk
