#pragma once

#include "ConsoleContext.h"
#include "domain/IndicatorVersion.h"
#include "tradingview/TvResponseParser.h"
#include "tradingview/TvScript.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace pinedesk {

// Creates or edits one indicator of the catalog: its name, pine id (checked as it is typed, and
// on request against the TradingView account: "is this script yours?"), status, description and
// version history. Versions added here are saved with the indicator, in one transaction.
class IndicatorDialog final : public QDialog
{
    Q_OBJECT

public:
    // indicatorId 0 creates a new indicator.
    IndicatorDialog(ConsoleContext context, qint64 indicatorId, QWidget *parent = nullptr);

    qint64 indicatorId() const { return m_id; }
    // What the dialog says about the pine id's format, and the TradingView check's answer.
    QString pineIdMessage() const;
    QString checkMessage() const;
    QString errorMessage() const;
    bool isChecking() const { return m_checking; }

    // Saves; on refusal the dialog stays open and says why.
    void accept() override;

Q_SIGNALS:
    void saved(qint64 id, const QString &name);
    // The TradingView check has answered (or failed).
    void checkFinished();

private:
    void load();
    void validateInput();
    void updateCheckAvailability();
    void checkOnTradingView();
    void checkAnswered(quint64 generation, const QString &pineId,
                       const TvResult<QList<TvScript>> &result);
    void showCheck(const QString &text);
    void addVersion();
    void renderVersions();
    Status save();

    ConsoleContext m_ctx;
    qint64 m_id;
    QList<IndicatorVersion> m_existingVersions;
    QList<IndicatorVersion> m_pendingVersions;
    quint64 m_checkGeneration = 0;
    bool m_checking = false;
    bool m_pineIdValid = false;
    bool m_noSessionShown = false;

    QLineEdit *m_name;
    QLineEdit *m_pineId;
    QLabel *m_pineIdMessage;
    QPushButton *m_check;
    QLabel *m_checkResult;
    QComboBox *m_status;
    QPlainTextEdit *m_description;
    QTableWidget *m_versions;
    QLineEdit *m_versionName;
    QDateEdit *m_versionDate;
    QLineEdit *m_versionNotes;
    QPushButton *m_addVersion;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace pinedesk
