#include "KpiCard.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

KpiCard::KpiCard(const KpiSheet::Kpi &entry, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(entry.name, this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(u"kpi_"_s + entry.key);
    setToolTip(entry.definition);
    setAccessibleName(entry.name);
    setAccessibleDescription(entry.definition);
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

void KpiCard::setKpi(const KpiSheet::Kpi &kpi)
{
    m_value->setText(kpi.value);
    m_change->setText(kpi.change);
    m_change->setToolTip(kpi.previous);
    // Colour repeats what the words say; lighter shades on a dark window.
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    QString colour;
    if (kpi.tone == KpiSheet::Tone::Good)
        colour = dark ? u"#81c784"_s : u"#2e7d32"_s;
    else if (kpi.tone == KpiSheet::Tone::Bad)
        colour = dark ? u"#e57373"_s : u"#c62828"_s;
    m_change->setStyleSheet(colour.isEmpty() ? QString() : u"color: %1;"_s.arg(colour));
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

QString KpiCard::changeText() const
{
    return m_change->text();
}

} // namespace pinedesk
