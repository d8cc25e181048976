#include "WebhookEventModel.h"

#include "DateText.h"
#include <QJsonDocument>

#include <QLocale>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

WebhookEventModel::WebhookEventModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{}

QString WebhookEventModel::columnTitle(int column) const
{
    switch (column) {
    case Received:
        return tr("Received");
    case Provider:
        return tr("Provider");
    case Event:
        return tr("Event");
    case State:
        return tr("Outcome");
    case Username:
        return tr("TradingView user");
    case Amount:
        return tr("Amount");
    case Reason:
        return tr("Details");
    }
    return {};
}

QVariant WebhookEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const WebhookEvent &e = rowOfIndex(index);
    if (role == IdRole)
        return e.id;
    if (role == StateRole)
        return int(e.state);
    if (role == Qt::ToolTipRole && index.column() == Received)
        return QLocale().toString(e.receivedAt.toLocalTime(), QLocale::LongFormat);
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return e.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Received:
        return DateText::minutes(e.receivedAt);
    case Provider:
        return e.provider;
    case Event:
        return e.eventType;
    case State:
        return WebhookEventStateNames::displayName(e.state);
    case Username:
        return e.fixedUsername.isEmpty() ? e.tvUsername : e.fixedUsername;
    case Amount:
        return e.amount ? e.amount->toDisplayString(QLocale()) : QString();
    case Reason:
        return e.reason;
    }
    return {};
}

QString WebhookEventModel::readablePayload(const WebhookEvent &event)
{
    if (event.payload.isEmpty())
        return {};
    const QJsonDocument json = QJsonDocument::fromJson(event.payload);
    if (!json.isNull())
        return QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    if (event.contentType.startsWith(u"application/x-www-form-urlencoded"_s)) {
        QByteArray spaced = event.payload;
        spaced.replace('+', "%20");
        QStringList lines;
        for (const auto &[key, value] :
             QUrlQuery(QString::fromLatin1(spaced)).queryItems(QUrl::FullyDecoded))
            lines.append(key + u" = "_s + value);
        return lines.join(u'\n');
    }
    return QString::fromUtf8(event.payload);
}

} // namespace pinedesk
