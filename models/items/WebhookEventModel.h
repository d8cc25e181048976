#pragma once

#include "RowTableModel.h"
#include "payments/WebhookEvent.h"

namespace pinedesk {

// The inbox of payment webhooks as the Automation page lists it, newest first: when, from
// which provider, what, how it ended (state as text, never colour alone), who and how much,
// and why. Rows are read on a worker and handed over with setRows().
class WebhookEventModel final : public RowTableModel<WebhookEvent>
{
    Q_OBJECT

public:
    enum Column { Received, Provider, Event, State, Username, Amount, Reason, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole };

    explicit WebhookEventModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The payload as the vendor reads it: JSON indented, a form one field per line.
    static QString readablePayload(const WebhookEvent &event);

protected:
    QString columnTitle(int column) const override;
};

} // namespace pinedesk
