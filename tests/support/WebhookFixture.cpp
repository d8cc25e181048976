#include "WebhookFixture.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk::test {

QString WebhookFixture::folder()
{
    return QStringLiteral(PINEDESK_SOURCE_DIR) + u"/tests/fixtures/webhooks"_s;
}

WebhookFixture WebhookFixture::load(const QString &name)
{
    WebhookFixture f;
    f.name = name;
    QFile meta(folder() + u'/' + name + u".json"_s);
    QFile body(folder() + u'/' + name + u".body"_s);
    if (!meta.open(QIODevice::ReadOnly) || !body.open(QIODevice::ReadOnly))
        return f;
    const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
    f.provider = o.value(u"provider"_s).toString();
    f.path = o.value(u"path"_s).toString();
    f.secret = o.value(u"secret"_s).toString().toUtf8();
    f.now = qint64(o.value(u"now"_s).toDouble());
    f.request.provider = f.provider;
    const QStringList parts = f.path.split(u'/', Qt::SkipEmptyParts);
    f.request.pathToken = parts.value(2);
    if (f.provider == u"gumroad"_s) // no signature: the URL token is the secret
        f.secret = f.request.pathToken.toUtf8();
    f.account = o.value(u"sellerId"_s).toString();
    const QJsonObject headers = o.value(u"headers"_s).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        f.request.headers.insert(it.key().toLower().toLatin1(), it.value().toString().toUtf8());
    f.request.headers.insert("content-type", o.value(u"contentType"_s).toString().toLatin1());
    f.request.body = body.readAll();
    f.request.receivedAt = QDateTime::fromSecsSinceEpoch(f.now, QTimeZone::utc());
    return f;
}

} // namespace pinedesk::test
