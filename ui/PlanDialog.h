#pragma once

#include "ConsoleContext.h"
#include "domain/Duration.h"
#include "domain/Money.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace pinedesk {

// Creates or edits a plan: its name, the indicators it bundles (those not retired, plus any
// retired one it already holds), the default duration (a preset or a number of days), the price
// and currency (checked as they are typed), a description and whether it is offered.
class PlanDialog final : public QDialog
{
    Q_OBJECT

public:
    // planId 0 creates a new plan.
    PlanDialog(ConsoleContext context, qint64 planId, QWidget *parent = nullptr);

    qint64 planId() const { return m_id; }
    QString priceMessage() const;
    QString errorMessage() const;

    // Saves; on refusal the dialog stays open and says why.
    void accept() override;

Q_SIGNALS:
    void saved(qint64 id, const QString &name);

private:
    void load();
    void fillIndicators(const QList<qint64> &chosen);
    void selectDuration(const Duration &duration);
    std::optional<Duration> chosenDuration() const;
    std::optional<Money> chosenPrice() const;
    QList<qint64> chosenIndicators() const;
    void validateInput();
    void showError(const QString &text);

    ConsoleContext m_ctx;
    qint64 m_id;

    QLineEdit *m_name;
    QListWidget *m_indicators;
    QComboBox *m_duration;
    QSpinBox *m_customDays;
    QLineEdit *m_price;
    QComboBox *m_currency;
    QLabel *m_priceMessage;
    QPlainTextEdit *m_description;
    QLineEdit *m_renewal;
    QCheckBox *m_active;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace pinedesk
