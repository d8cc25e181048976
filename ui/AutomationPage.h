#pragma once

#include "ConsoleContext.h"
#include "domain/Expected.h"
#include "jobs/JobRunner.h"
#include "payments/WebhookEvent.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace pinedesk {

class AppSettings;
class WebhookEventModel;
class WebhookHost;

// Payments that turn into access by themselves: the addresses to paste into each provider, and
// the inbox of what `pinedesk serve` received (outcome as text, the payload readable), where the
// vendor fixes a username, applies an event again or ignores it. Loads on a worker; follows the
// change feed.
class AutomationPage final : public QWidget
{
    Q_OBJECT

public:
    AutomationPage(ConsoleContext context, QWidget *parent = nullptr);
    ~AutomationPage() override;

    WebhookEventModel *model() const { return m_model; }
    bool isLoading() const { return m_jobs->isRunning(); }
    QString message() const;
    QString payloadText() const;
    qint64 selectedId() const;
    bool select(qint64 id);
    void setStateFilter(std::optional<WebhookEventState> state);
    // The window's own webhook receiver, started and stopped from here (null: none).
    void setHost(WebhookHost *host, AppSettings *settings);
    QString receiverStatus() const;
    // Turns receiving on or off on the address typed, and remembers it.
    void setReceiving(bool on);

public Q_SLOTS:
    void reload();
    // Asks for the right TradingView username, then queues the event again.
    void fixUsername();
    void applyAgain();
    void ignoreSelected();

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    using Events = Expected<QList<WebhookEvent>>;
    void showEvents(const Events &events);
    void showSelection();
    void done(const Status &status, const QString &success);
    const WebhookEvent *selected() const;

    ConsoleContext m_ctx;
    WebhookEventModel *m_model;
    JobRunner *m_jobs;
    WebhookHost *m_host = nullptr;
    AppSettings *m_settings = nullptr;
    QCheckBox *m_receive;
    QLineEdit *m_listen;
    QLabel *m_receiver;
    QComboBox *m_state;
    QLabel *m_addresses;
    QLabel *m_message;
    QTableView *m_table;
    QPlainTextEdit *m_payload;
    QPushButton *m_fix;
    QPushButton *m_again;
    QPushButton *m_ignore;
};

} // namespace pinedesk
