#include "KpiCard.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

KpiCard::KpiCard(const QString &title, const QString &definition, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setToolTip(definition);
    setAccessibleName(title);
    setAccessibleDescription(definition);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    QFont small = m_title->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_title->setFont(small);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_change->setFont(small);
    m_change->setWordWrap(true);
    m_value->setWordWrap(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    setMinimumWidth(150);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addStretch(1);
}

void KpiCard::setValue(const QString &value)
{
    m_value->setText(value);
}

void KpiCard::setChangePrefix(const QString &prefix)
{
    m_change->setText(tr("%1: %2").arg(prefix, m_change->text()));
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

QString KpiCard::changeText() const
{
    return m_change->text();
}

void KpiCard::setChange(std::optional<double> current, std::optional<double> previous,
                        bool higherIsBetter, bool asPoints)
{
    if (!current || !previous) {
        m_change->setText(tr("No earlier period to compare"));
        m_change->setStyleSheet(QString());
        return;
    }
    const double delta = *current - *previous;
    if (std::abs(delta) < 1e-9) {
        m_change->setText(tr("= same as the period before"));
        m_change->setStyleSheet(QString());
        return;
    }
    const QLocale locale;
    QString amount;
    if (asPoints) {
        amount = tr("%1 points").arg(locale.toString(std::abs(delta) * 100.0, 'f', 1));
    } else if (std::abs(*previous) > 1e-9) {
        amount = locale.toString(std::abs(delta / *previous) * 100.0, 'f', 1) + u'%';
    } else {
        amount = locale.toString(std::abs(delta), 'f', 0);
    }
    const bool up = delta > 0;
    const bool good = up == higherIsBetter;
    m_change->setText(up ? tr("▲ up %1 on the period before").arg(amount)
                         : tr("▼ down %1 on the period before").arg(amount));
    m_change->setToolTip(tr("Before: %1").arg(locale.toString(*previous, 'f', asPoints ? 3 : 0)));
    // Colour repeats what the words say.
    m_change->setStyleSheet(good ? u"color: #2e7d32;"_s : u"color: #c62828;"_s);
}

} // namespace pinedesk
