#pragma once

#include "ConsoleContext.h"
#include "payments/PaymentRow.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pinedesk {

// Records a payment received outside the stores (PayPal, crypto, a bank transfer) or edits
// one: client, amount and currency (checked as typed), date, status, plan, method, reference
// and note. A new paid payment for a plan can grant or extend that plan's access, through the
// queue, like a sale from a store.
class PaymentDialog final : public QDialog
{
    Q_OBJECT

public:
    // Without `existing`: a new payment (for `username`, when given).
    PaymentDialog(ConsoleContext context, std::optional<PaymentRow> existing,
                  const QString &username = {}, QWidget *parent = nullptr);

    QString errorMessage() const;
    void accept() override;

Q_SIGNALS:
    void saved(qint64 id);

private:
    void fillPlans(std::optional<qint64> chosen);
    void updateGrant();
    void showError(const QString &text);

    ConsoleContext m_ctx;
    std::optional<PaymentRow> m_existing;

    QLineEdit *m_client;
    QLineEdit *m_amount;
    QLineEdit *m_currency;
    QDateTimeEdit *m_paidAt;
    QComboBox *m_status;
    QComboBox *m_plan;
    QComboBox *m_method;
    QLineEdit *m_reference;
    QPlainTextEdit *m_note;
    QCheckBox *m_grant;
    QLabel *m_error;
};

} // namespace pinedesk
