#pragma once

#include "ConsoleContext.h"
#include "domain/Client.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace pinedesk {

class JobRunner;
struct ClientProfile;

// One client: edit the details (validated by the store), check the TradingView username
// (showing TradingView's spelling and offering to adopt it), and see the client's accesses,
// payments and history. Access changes from here go through the queue.
class ClientProfileDialog final : public QDialog
{
    Q_OBJECT

public:
    // clientId 0 creates a new client.
    ClientProfileDialog(ConsoleContext context, qint64 clientId, QWidget *parent = nullptr);

    qint64 clientId() const { return m_client.id; }
    QString message() const;
    QString usernameCheckText() const;
    // Saves the form; false (with the reason shown) when the store refuses it.
    bool save();
    // Asks TradingView for the username's canonical spelling (answer arrives asynchronously).
    void checkUsername();
    // Writes the timeline to `path` on a worker: PDF when it ends in .pdf, CSV otherwise.
    void exportTimelineTo(const QString &path);

Q_SIGNALS:
    void saved(qint64 clientId);
    void changesQueued(const QString &summary);
    void timelineExported();

private:
    void load();
    // Reads the profile again; withFields also refills the form (not after an access change,
    // so the vendor's unsaved edits stay).
    void showProfile(bool withFields);
    void fillAccesses(const ClientProfile &profile);
    void fillPayments(const ClientProfile &profile);
    void fillTimeline();
    void exportTimeline();
    void openAccessChange(int mode);

    ConsoleContext m_ctx;
    Client m_client;
    QLineEdit *m_username;
    QLineEdit *m_email;
    QComboBox *m_language;
    QCheckBox *m_optOut;
    QLineEdit *m_name;
    QComboBox *m_status;
    QLineEdit *m_tags;
    QPlainTextEdit *m_notes;
    QPushButton *m_check;
    QPushButton *m_adopt;
    QLabel *m_checkResult;
    QLabel *m_message;
    JobRunner *m_jobs;
    QPushButton *m_save = nullptr;
    QTabWidget *m_tabs;
    QTableWidget *m_accesses;
    QTableWidget *m_payments;
    QTableWidget *m_history; // the timeline: access changes, payments, sync outcomes
    QString m_canonical;
    quint64 m_checkGeneration = 0;
};

} // namespace pinedesk
