#include "PaymentDialog.h"

#include "services/CatalogService.h"
#include "services/PaymentService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

PaymentDialog::PaymentDialog(ConsoleContext context, std::optional<PaymentRow> existing,
                             const QString &username, QWidget *parent)
    : QDialog(parent)
    , m_ctx(std::move(context))
    , m_existing(std::move(existing))
    , m_client(new QLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_currency(new QLineEdit(this))
    , m_paidAt(new QDateTimeEdit(this))
    , m_status(new QComboBox(this))
    , m_plan(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_grant(new QCheckBox(tr("&Grant or extend the plan's access"), this))
    , m_error(new QLabel(this))
{
    setObjectName(u"paymentDialog"_s);
    setWindowTitle(m_existing ? tr("Edit payment") : tr("Record payment"));
    auto *form = new QFormLayout;
    m_client->setObjectName(u"paymentClient"_s);
    m_client->setPlaceholderText(tr("TradingView username"));
    form->addRow(tr("&Client:"), m_client);
    m_amount->setObjectName(u"paymentAmount"_s);
    m_amount->setPlaceholderText(tr("49.00"));
    m_currency->setObjectName(u"paymentCurrency"_s);
    m_currency->setMaxLength(3);
    m_currency->setMaximumWidth(m_currency->fontMetrics().horizontalAdvance(u"WWWWW"_s));
    m_currency->setAccessibleName(tr("Currency"));
    auto *money = new QHBoxLayout;
    money->addWidget(m_amount, 1);
    money->addWidget(m_currency);
    form->addRow(tr("&Amount:"), money);
    m_paidAt->setObjectName(u"paymentDate"_s);
    m_paidAt->setCalendarPopup(true);
    m_paidAt->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    form->addRow(tr("Paid &on:"), m_paidAt);
    m_status->setObjectName(u"paymentStatus"_s);
    for (PaymentStatus s :
         {PaymentStatus::Paid, PaymentStatus::PartiallyRefunded, PaymentStatus::Refunded,
          PaymentStatus::Disputed, PaymentStatus::Failed})
        m_status->addItem(PaymentStatusNames::displayName(s), int(s));
    form->addRow(tr("&Status:"), m_status);
    m_plan->setObjectName(u"paymentPlan"_s);
    form->addRow(tr("&Plan:"), m_plan);
    m_method->setObjectName(u"paymentMethod"_s);
    m_method->setEditable(true);
    m_method->addItems(
        {QString(), tr("Card"), tr("PayPal"), tr("Bank transfer"), tr("Crypto"), tr("Cash")});
    form->addRow(tr("&Method:"), m_method);
    m_reference->setObjectName(u"paymentReference"_s);
    m_reference->setPlaceholderText(tr("Transaction or invoice id (prevents recording it twice)"));
    form->addRow(tr("&Reference:"), m_reference);
    m_note->setObjectName(u"paymentNote"_s);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("&Note:"), m_note);
    m_grant->setObjectName(u"paymentGrants"_s);
    form->addRow(QString(), m_grant);
    m_error->setObjectName(u"paymentError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: palette(highlight);"_s);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_existing) {
        const Payment &p = m_existing->payment;
        m_client->setText(m_existing->tvUsername);
        m_client->setReadOnly(true);
        m_amount->setText(p.amount.toPlainAmount());
        m_currency->setText(p.amount.currency());
        m_paidAt->setDateTime(p.paidAt.toLocalTime());
        m_status->setCurrentIndex(m_status->findData(int(p.status)));
        m_method->setCurrentText(p.method);
        m_reference->setText(p.reference);
        m_note->setPlainText(p.note);
        fillPlans(p.planId);
        m_grant->setChecked(false);
        m_grant->setVisible(false); // editing never changes access: use the access actions
    } else {
        m_client->setText(username);
        m_currency->setText(u"USD"_s);
        m_paidAt->setDateTime(m_ctx.clock.nowUtc().toLocalTime());
        fillPlans(std::nullopt);
        m_grant->setChecked(true);
    }
    connect(m_status, &QComboBox::currentIndexChanged, this, &PaymentDialog::updateGrant);
    connect(m_plan, &QComboBox::currentIndexChanged, this, &PaymentDialog::updateGrant);
    connect(m_amount, &QLineEdit::textChanged, this, [this] { m_error->hide(); });
    updateGrant();
}

QString PaymentDialog::errorMessage() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PaymentDialog::fillPlans(std::optional<qint64> chosen)
{
    m_plan->addItem(tr("No plan"), 0);
    const auto plans = CatalogService(m_ctx.services()).plans();
    if (!plans) {
        showError(tr("The plans could not be read: %1").arg(plans.error()));
        return;
    }
    for (const Plan &plan : *plans) {
        if (plan.active || plan.id == chosen)
            m_plan->addItem(plan.name, plan.id);
    }
    if (chosen)
        m_plan->setCurrentIndex(std::max(0, m_plan->findData(*chosen)));
}

void PaymentDialog::updateGrant()
{
    const bool possible = !m_existing && m_plan->currentData().toLongLong() != 0 &&
                          PaymentStatus(m_status->currentData().toInt()) == PaymentStatus::Paid;
    m_grant->setEnabled(possible);
}

void PaymentDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void PaymentDialog::accept()
{
    const auto money = Money::parse(m_amount->text(), m_currency->text().trimmed().toUpper());
    if (!money) {
        showError(money.error());
        m_amount->setFocus();
        return;
    }
    PaymentService service(m_ctx.services());
    Payment p = m_existing ? m_existing->payment : Payment();
    if (!m_existing) {
        const auto client = service.clientByUsername(m_client->text());
        if (!client) {
            showError(client.error());
            return;
        }
        if (!*client) {
            showError(tr("No client is called \"%1\". Add the client first, or check the "
                         "spelling.")
                          .arg(m_client->text().trimmed()));
            m_client->setFocus();
            return;
        }
        p.clientId = (*client)->id;
        p.source = u"manual"_s;
    }
    p.amount = *money;
    p.paidAt = m_paidAt->dateTime().toUTC();
    p.status = PaymentStatus(m_status->currentData().toInt());
    const qint64 plan = m_plan->currentData().toLongLong();
    p.planId = plan ? std::optional(plan) : std::nullopt;
    p.method = m_method->currentText().trimmed();
    p.reference = m_reference->text().trimmed();
    p.note = m_note->toPlainText().trimmed();
    if (p.status == PaymentStatus::Refunded)
        p.refundedMinor = p.amount.minorUnits();
    else if (p.status != PaymentStatus::PartiallyRefunded)
        p.refundedMinor = 0;
    if (m_existing) {
        if (const Status s = service.update(p); !s) {
            showError(s.error());
            return;
        }
        Q_EMIT saved(p.id);
    } else {
        const auto id = service.record(p, m_grant->isEnabled() && m_grant->isChecked());
        if (!id) {
            showError(id.error());
            return;
        }
        Q_EMIT saved(*id);
    }
    QDialog::accept();
}

} // namespace pinedesk
