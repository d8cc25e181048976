#pragma once

#include "automation/WebhookRequest.h"

#include <QByteArray>
#include <QString>

namespace pinedesk::test {

// One signed delivery from tests/fixtures/webhooks (signed by the providers' SDKs at `now`).
struct WebhookFixture
{
    QString name;
    QString provider;
    QString path;
    QByteArray secret;
    QString account; // Gumroad's seller id
    qint64 now = 0;
    WebhookRequest request;

    // Reads NAME.json and NAME.body; QFAIL-worthy problems leave `provider` empty.
    static WebhookFixture load(const QString &name);
    static QString folder();
};

} // namespace pinedesk::test
