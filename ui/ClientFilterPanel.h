#pragma once

#include "crm/ClientFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace pinedesk {

struct Indicator;

// The CRM's filters, all of which combine: status, registration dates, the reactivation segment
// (no payment for N days), money spent, an active access to an indicator, accesses expiring soon
// and changes that failed on TradingView. Each filter is off until its box is ticked.
class ClientFilterPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ClientFilterPanel(QWidget *parent = nullptr);

    void setIndicators(const QList<Indicator> &indicators);
    // The filters (the search text is not part of this panel).
    ClientFilter filter() const;
    void setFilter(const ClientFilter &filter);

Q_SIGNALS:
    void changed();

private:
    QCheckBox *check(const QString &text, const QString &name);

    QCheckBox *m_statusBoxes[4];
    QCheckBox *m_registered;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_noPayment;
    QSpinBox *m_noPaymentDays;
    QCheckBox *m_spentMin;
    QDoubleSpinBox *m_spentMinValue;
    QCheckBox *m_spentMax;
    QDoubleSpinBox *m_spentMaxValue;
    QLineEdit *m_currency;
    QCheckBox *m_indicator;
    QComboBox *m_indicatorChoice;
    QCheckBox *m_expiring;
    QSpinBox *m_expiringDays;
    QCheckBox *m_syncProblems;
    bool m_applying = false;
};

} // namespace pinedesk
