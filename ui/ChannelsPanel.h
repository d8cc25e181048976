#pragma once

#include "ConsoleContext.h"
#include "channels/TeamChannel.h"
#include "reminders/Notification.h"

#include <QGroupBox>
#include <QMap>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pinedesk {

class JobRunner;
class TeamChannelSecret;

// The Settings page's "Team channels": Discord, Slack and Telegram, each on or off, with its
// webhook address or bot token (only in the keychain), a test message sent on a worker, and a
// grid of what each hears (new sales, failed payments, refused changes, an expired session...).
// The outbox line says what waits or failed, and sends the failed ones again.
class ChannelsPanel final : public QGroupBox
{
    Q_OBJECT

public:
    ChannelsPanel(ConsoleContext context, QWidget *parent = nullptr);
    ~ChannelsPanel() override;

    QString message() const;
    bool isBusy() const;
    QCheckBox *enabledBox(TeamChannel::Kind kind) const { return m_rows.value(kind).enabled; }
    QLineEdit *secretEdit(TeamChannel::Kind kind) const { return m_rows.value(kind).secret; }
    QCheckBox *eventBox(TeamChannel::Kind kind, Notification::Kind event) const;

public Q_SLOTS:
    void sendTest(TeamChannel::Kind kind);
    void refreshOutbox();
    void retryFailed();

Q_SIGNALS:
    // A channel's address or token changed: the sender posts with it from now on.
    void secretChanged(TeamChannel::Kind kind, const QByteArray &secret);
    void testFinished();
    void outboxShown();
    // Messages were put back in the outbox: the sender may go now.
    void sendRequested();

private:
    struct Row
    {
        QCheckBox *enabled = nullptr;
        QLineEdit *secret = nullptr;
        QPushButton *test = nullptr;
        QMap<Notification::Kind, QCheckBox *> events;
    };

    void buildRow(TeamChannel::Kind kind, QGridLayout *grid, int column);
    void load();
    void save();
    void saveSecret(TeamChannel::Kind kind);
    void showSecretState(TeamChannel::Kind kind);

    ConsoleContext m_ctx;
    JobRunner *m_jobs;
    JobRunner *m_outboxJobs;
    QMap<TeamChannel::Kind, Row> m_rows;
    QMap<TeamChannel::Kind, TeamChannelSecret *> m_keychain;
    QMap<TeamChannel::Kind, QByteArray> m_secrets;
    QLineEdit *m_chatId;
    QLabel *m_outbox;
    QPushButton *m_retry;
    QLabel *m_message;
    bool m_loading = false;
};

} // namespace pinedesk
