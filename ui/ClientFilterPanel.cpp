#include "ClientFilterPanel.h"

#include "domain/Indicator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const ClientStatus allStatuses[] = {ClientStatus::Lead, ClientStatus::Active,
                                    ClientStatus::Inactive, ClientStatus::Blocked};

} // namespace

ClientFilterPanel::ClientFilterPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"filterPanel"_s);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(new QLabel(tr("Status:"), this));
    for (int i = 0; i < 4; ++i) {
        m_statusBoxes[i] = check(ClientStatusNames::displayName(allStatuses[i]),
                                 u"status_"_s + toText(allStatuses[i]));
        statusRow->addWidget(m_statusBoxes[i]);
    }
    statusRow->addStretch();
    grid->addLayout(statusRow, 0, 0, 1, 4);

    m_registered = check(tr("Client since"), u"registered"_s);
    m_from = new QDateEdit(QDate::currentDate().addYears(-1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        connect(d, &QDateEdit::dateChanged, this, [this] {
            if (m_registered->isChecked())
                Q_EMIT changed();
        });
    }
    grid->addWidget(m_registered, 1, 0);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    grid->addLayout(dates, 1, 1);

    m_noPayment = check(tr("No payment for"), u"noPayment"_s);
    m_noPaymentDays = new QSpinBox(this);
    m_noPaymentDays->setObjectName(u"noPaymentDays"_s);
    m_noPaymentDays->setRange(1, 3650);
    m_noPaymentDays->setValue(120);
    m_noPaymentDays->setSuffix(tr(" days"));
    grid->addWidget(m_noPayment, 1, 2);
    grid->addWidget(m_noPaymentDays, 1, 3);

    m_spentMin = check(tr("Spent at least"), u"spentMin"_s);
    m_spentMinValue = new QDoubleSpinBox(this);
    m_spentMax = check(tr("Spent at most"), u"spentMax"_s);
    m_spentMaxValue = new QDoubleSpinBox(this);
    for (QDoubleSpinBox *box : {m_spentMinValue, m_spentMaxValue}) {
        box->setRange(0, 10'000'000);
        box->setDecimals(2);
        box->setValue(100);
    }
    m_spentMinValue->setObjectName(u"spentMinValue"_s);
    m_spentMaxValue->setObjectName(u"spentMaxValue"_s);
    m_currency = new QLineEdit(u"USD"_s, this);
    m_currency->setMaxLength(3);
    m_currency->setMaximumWidth(60);
    m_currency->setToolTip(tr("Only payments in this currency count."));
    grid->addWidget(m_spentMin, 2, 0);
    auto *spent = new QHBoxLayout;
    spent->addWidget(m_spentMinValue);
    spent->addWidget(m_currency);
    grid->addLayout(spent, 2, 1);
    grid->addWidget(m_spentMax, 2, 2);
    grid->addWidget(m_spentMaxValue, 2, 3);

    m_indicator = check(tr("Active access to"), u"indicator"_s);
    m_indicatorChoice = new QComboBox(this);
    m_indicatorChoice->setObjectName(u"indicatorChoice"_s);
    grid->addWidget(m_indicator, 3, 0);
    grid->addWidget(m_indicatorChoice, 3, 1);
    m_expiring = check(tr("Access expiring within"), u"expiring"_s);
    m_expiringDays = new QSpinBox(this);
    m_expiringDays->setObjectName(u"expiringDays"_s);
    m_expiringDays->setRange(1, 365);
    m_expiringDays->setValue(7);
    m_expiringDays->setSuffix(tr(" days"));
    grid->addWidget(m_expiring, 3, 2);
    grid->addWidget(m_expiringDays, 3, 3);
    m_syncProblems = check(tr("Changes that failed on TradingView"), u"syncProblems"_s);
    grid->addWidget(m_syncProblems, 4, 0, 1, 2);

    for (QSpinBox *box : {m_noPaymentDays, m_expiringDays})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (!m_applying)
                Q_EMIT changed();
        });
    for (QDoubleSpinBox *box : {m_spentMinValue, m_spentMaxValue})
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_applying)
                Q_EMIT changed();
        });
    connect(m_currency, &QLineEdit::editingFinished, this, [this] {
        if (!m_applying)
            Q_EMIT changed();
    });
    connect(m_indicatorChoice, &QComboBox::currentIndexChanged, this, [this] {
        if (m_indicator->isChecked())
            Q_EMIT changed();
    });
}

QCheckBox *ClientFilterPanel::check(const QString &text, const QString &name)
{
    auto *box = new QCheckBox(text, this);
    box->setObjectName(name);
    connect(box, &QCheckBox::toggled, this, [this] {
        if (!m_applying)
            Q_EMIT changed();
    });
    return box;
}

void ClientFilterPanel::setIndicators(const QList<Indicator> &indicators)
{
    const QVariant current = m_indicatorChoice->currentData();
    m_indicatorChoice->clear();
    for (const Indicator &i : indicators)
        m_indicatorChoice->addItem(i.name, i.id);
    const int index = m_indicatorChoice->findData(current);
    m_indicatorChoice->setCurrentIndex(index >= 0 ? index : 0);
}

ClientFilter ClientFilterPanel::filter() const
{
    ClientFilter f;
    for (int i = 0; i < 4; ++i) {
        if (m_statusBoxes[i]->isChecked())
            f.statuses.append(allStatuses[i]);
    }
    if (m_registered->isChecked()) {
        f.registeredFrom = m_from->date();
        f.registeredTo = m_to->date();
    }
    if (m_noPayment->isChecked())
        f.noPaymentForDays = m_noPaymentDays->value();
    const QString currency = m_currency->text().trimmed().toUpper();
    if (currency.size() == 3)
        f.currency = currency;
    if (m_spentMin->isChecked())
        f.spentAtLeastMinor = qint64(std::llround(m_spentMinValue->value() * 100));
    if (m_spentMax->isChecked())
        f.spentAtMostMinor = qint64(std::llround(m_spentMaxValue->value() * 100));
    if (m_indicator->isChecked() && m_indicatorChoice->currentIndex() >= 0)
        f.activeIndicatorId = m_indicatorChoice->currentData().toLongLong();
    if (m_expiring->isChecked())
        f.expiringWithinDays = m_expiringDays->value();
    f.syncProblems = m_syncProblems->isChecked();
    return f;
}

void ClientFilterPanel::setFilter(const ClientFilter &f)
{
    m_applying = true;
    for (int i = 0; i < 4; ++i)
        m_statusBoxes[i]->setChecked(f.statuses.contains(allStatuses[i]));
    m_registered->setChecked(f.registeredFrom || f.registeredTo);
    if (f.registeredFrom)
        m_from->setDate(*f.registeredFrom);
    if (f.registeredTo)
        m_to->setDate(*f.registeredTo);
    m_noPayment->setChecked(f.noPaymentForDays.has_value());
    if (f.noPaymentForDays)
        m_noPaymentDays->setValue(*f.noPaymentForDays);
    m_currency->setText(f.currency);
    m_spentMin->setChecked(f.spentAtLeastMinor.has_value());
    if (f.spentAtLeastMinor)
        m_spentMinValue->setValue(double(*f.spentAtLeastMinor) / 100.0);
    m_spentMax->setChecked(f.spentAtMostMinor.has_value());
    if (f.spentAtMostMinor)
        m_spentMaxValue->setValue(double(*f.spentAtMostMinor) / 100.0);
    m_indicator->setChecked(f.activeIndicatorId.has_value());
    if (f.activeIndicatorId)
        m_indicatorChoice->setCurrentIndex(m_indicatorChoice->findData(*f.activeIndicatorId));
    m_expiring->setChecked(f.expiringWithinDays.has_value());
    if (f.expiringWithinDays)
        m_expiringDays->setValue(*f.expiringWithinDays);
    m_syncProblems->setChecked(f.syncProblems);
    m_applying = false;
}

} // namespace pinedesk
