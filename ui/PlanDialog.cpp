#include "PlanDialog.h"

#include "services/CatalogService.h"

#include "domain/Plan.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QString customKey = u"custom"_s;

} // namespace

PlanDialog::PlanDialog(ConsoleContext context, qint64 planId, QWidget *parent)
    : QDialog(parent)
    , m_ctx(std::move(context))
    , m_id(planId)
    , m_name(new QLineEdit(this))
    , m_indicators(new QListWidget(this))
    , m_duration(new QComboBox(this))
    , m_customDays(new QSpinBox(this))
    , m_price(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_priceMessage(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_renewal(new QLineEdit(this))
    , m_active(new QCheckBox(tr("Offered to clients (a&ctive)"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_id == 0 ? tr("New plan") : tr("Edit plan"));
    m_name->setObjectName(u"planName"_s);
    m_indicators->setObjectName(u"planIndicators"_s);
    m_duration->setObjectName(u"planDuration"_s);
    for (const Duration &d : {Duration::days(7), Duration::days(30), Duration::days(90),
                              Duration::years(1), Duration::lifetime()})
        m_duration->addItem(d.displayText(), d.toString());
    m_duration->addItem(tr("Custom number of days"), customKey);
    m_customDays->setObjectName(u"planCustomDays"_s);
    m_customDays->setRange(1, 36600);
    m_customDays->setValue(30);
    m_customDays->setSuffix(tr(" days"));
    m_price->setObjectName(u"planPrice"_s);
    m_price->setPlaceholderText(tr("49.90"));
    m_currency->setObjectName(u"planCurrency"_s);
    m_currency->setEditable(true);
    m_currency->addItems({u"USD"_s, u"EUR"_s, u"GBP"_s, u"BRL"_s, u"INR"_s, u"JPY"_s});
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_priceMessage->setObjectName(u"priceMessage"_s);
    m_priceMessage->setWordWrap(true);
    m_description->setObjectName(u"planDescription"_s);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4);
    m_renewal->setObjectName(u"planRenewalUrl"_s);
    m_renewal->setPlaceholderText(u"https://"_s);
    m_renewal->setToolTip(tr("Where a client renews this plan: the renewal link in the reminder "
                             "e-mails. Empty: the one in Settings."));
    m_active->setObjectName(u"planActive"_s);
    m_active->setChecked(true);
    m_error->setObjectName(u"dialogError"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Indicators:"), m_indicators);
    auto *durationRow = new QHBoxLayout;
    durationRow->addWidget(m_duration, 1);
    durationRow->addWidget(m_customDays);
    form->addRow(tr("Default d&uration:"), durationRow);
    qobject_cast<QLabel *>(form->labelForField(durationRow))->setBuddy(m_duration);
    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(m_price, 1);
    priceRow->addWidget(m_currency);
    form->addRow(tr("&Price:"), priceRow);
    qobject_cast<QLabel *>(form->labelForField(priceRow))->setBuddy(m_price);
    form->addRow(QString(), m_priceMessage);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Renewal link:"), m_renewal);
    form->addRow(QString(), m_active);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(520, 560);

    connect(m_name, &QLineEdit::textChanged, this, &PlanDialog::validateInput);
    connect(m_indicators, &QListWidget::itemChanged, this, &PlanDialog::validateInput);
    connect(m_duration, &QComboBox::currentIndexChanged, this, &PlanDialog::validateInput);
    connect(m_price, &QLineEdit::textChanged, this, &PlanDialog::validateInput);
    connect(m_currency, &QComboBox::currentTextChanged, this, &PlanDialog::validateInput);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);
    load();
    validateInput();
}

QString PlanDialog::priceMessage() const
{
    return m_priceMessage->text();
}

QString PlanDialog::errorMessage() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PlanDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void PlanDialog::load()
{
    if (m_id == 0) {
        m_duration->setCurrentIndex(m_duration->findData(Duration::days(30).toString()));
        m_currency->setCurrentText(u"USD"_s);
        fillIndicators({});
        return;
    }
    const auto found = CatalogService(m_ctx.services()).plan(m_id);
    if (!found || !*found) {
        fillIndicators({});
        showError(found ? tr("This plan no longer exists.")
                        : tr("The plan could not be read: %1").arg(found.error()));
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    const auto &plan = *found;
    m_name->setText(plan->name);
    fillIndicators(plan->indicatorIds);
    selectDuration(plan->duration);
    // The amount without grouping, with the locale's decimal mark (Money::parse reads both).
    const QString plain = plan->price.toPlainString();
    m_price->setText(plain.left(plain.lastIndexOf(u' ')).replace(u'.', QLocale().decimalPoint()));
    m_currency->setCurrentText(plan->price.currency());
    m_description->setPlainText(plan->description);
    m_renewal->setText(plan->renewalUrl);
    m_active->setChecked(plan->active);
}

void PlanDialog::fillIndicators(const QList<qint64> &chosen)
{
    m_indicators->clear();
    const auto indicators = CatalogService(m_ctx.services()).indicators();
    if (!indicators) {
        // Saving would drop the plan's indicators: the form stays closed.
        showError(tr("The indicators could not be read: %1").arg(indicators.error()));
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    for (const Indicator &i : *indicators) {
        const bool inPlan = chosen.contains(i.id);
        if (i.status == IndicatorStatus::Retired && !inPlan)
            continue; // retired ones are not offered in new bundles
        auto *item = new QListWidgetItem(
            i.status == IndicatorStatus::Retired ? tr("%1 (retired)").arg(i.name) : i.name,
            m_indicators);
        item->setData(Qt::UserRole, i.id);
        item->setToolTip(i.pineId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(inPlan ? Qt::Checked : Qt::Unchecked);
    }
}

void PlanDialog::selectDuration(const Duration &duration)
{
    int index = m_duration->findData(duration.toString());
    if (index < 0 && duration.unit() == Duration::Unit::Days) {
        m_customDays->setValue(duration.count());
        index = m_duration->findData(customKey);
    } else if (index < 0) {
        // A duration saved elsewhere (say 1M): keep it as a choice of its own.
        index = m_duration->count() - 1;
        m_duration->insertItem(index, duration.displayText(), duration.toString());
    }
    m_duration->setCurrentIndex(index);
}

std::optional<Duration> PlanDialog::chosenDuration() const
{
    const QString key = m_duration->currentData().toString();
    if (key == customKey)
        return Duration::days(m_customDays->value());
    const auto parsed = Duration::parse(key);
    return parsed ? std::optional<Duration>(*parsed) : std::nullopt;
}

std::optional<Money> PlanDialog::chosenPrice() const
{
    const auto money = Money::parse(m_price->text(), m_currency->currentText());
    return money ? std::optional<Money>(*money) : std::nullopt;
}

QList<qint64> PlanDialog::chosenIndicators() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_indicators->count(); ++row) {
        const QListWidgetItem *item = m_indicators->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void PlanDialog::validateInput()
{
    m_customDays->setEnabled(m_duration->currentData().toString() == customKey);
    const auto money = Money::parse(m_price->text(), m_currency->currentText());
    const bool empty = m_price->text().trimmed().isEmpty();
    if (money)
        m_priceMessage->setText(tr("Clients pay %1.").arg(money->toDisplayString(QLocale())));
    else if (empty)
        m_priceMessage->setText(tr("Enter the price, such as 49.90 (0 for a free plan)."));
    else
        m_priceMessage->setText(money.error());
    QFont font = m_priceMessage->font();
    font.setBold(!money && !empty);
    m_priceMessage->setFont(font);
    m_priceMessage->setForegroundRole(money ? QPalette::PlaceholderText : QPalette::WindowText);
    if (QPushButton *save = m_buttons->button(QDialogButtonBox::Save)) {
        save->setEnabled(money.ok() && !m_name->text().trimmed().isEmpty() &&
                         !chosenIndicators().isEmpty());
    }
}

void PlanDialog::accept()
{
    const auto price = chosenPrice();
    const auto duration = chosenDuration();
    if (!price || !duration) {
        showError(priceMessage());
        return;
    }
    Plan plan;
    plan.id = m_id;
    plan.name = m_name->text();
    plan.indicatorIds = chosenIndicators();
    plan.duration = *duration;
    plan.price = *price;
    plan.description = m_description->toPlainText().trimmed();
    plan.renewalUrl = m_renewal->text().trimmed();
    plan.active = m_active->isChecked();
    const auto savedId = CatalogService(m_ctx.services()).savePlan(plan);
    if (!savedId) {
        showError(savedId.error());
        return;
    }
    m_id = *savedId;
    Q_EMIT saved(m_id, plan.name.trimmed());
    QDialog::accept();
}

} // namespace pinedesk
