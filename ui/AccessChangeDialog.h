#pragma once

#include "ConsoleContext.h"
#include "sync/AccessChanges.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;

namespace pinedesk {

// Grant, extend or revoke a few clients' access to some indicators, from the CRM. It builds an
// AccessChanges request and queues it (one transaction); TradingView is updated by the sync
// engine. Large campaigns use the bulk wizard instead.
class AccessChangeDialog final : public QDialog
{
    Q_OBJECT

public:
    // Larger selections go to the bulk wizard, which checks, previews and follows them.
    static constexpr int maxClients = 1000;

    AccessChangeDialog(ConsoleContext context, QStringList usernames, AccessChanges::Mode mode,
                       QWidget *parent = nullptr);

    void setMode(AccessChanges::Mode mode);
    // Checks these indicators (by id) in the list.
    void selectIndicators(const QList<qint64> &ids);
    // Chooses a duration preset by its text ("7D", "30D", "90D", "1Y", "LIFETIME") or a date.
    void choosePreset(const QString &preset);
    void chooseDate(const QDate &date);
    QString message() const;
    // Queues the change; returns false (and shows why) when nothing could be queued.
    bool submit();

Q_SIGNALS:
    void changesQueued(const QString &summary);

private:
    void updateState();
    AccessChanges::Request request() const;
    bool confirmEndingLifetime(const AccessChanges::Request &r);

    ConsoleContext m_ctx;
    QStringList m_usernames;
    QComboBox *m_mode;
    QListWidget *m_indicators;
    QButtonGroup *m_presets;
    QDateEdit *m_date;
    QLabel *m_message;
    QWidget *m_durationBox;
};

} // namespace pinedesk
