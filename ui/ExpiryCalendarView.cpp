#include "ExpiryCalendarView.h"

#include <QLocale>
#include <QPainter>
#include <QTextCharFormat>

namespace pinedesk {

ExpiryCalendarView::ExpiryCalendarView(QWidget *parent)
    : QCalendarWidget(parent)
{
    setGridVisible(true);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
}

void ExpiryCalendarView::setCounts(const QMap<QDate, int> &counts)
{
    m_counts = counts;
    updateFormats();
    updateCells();
}

void ExpiryCalendarView::setSoonWindow(QDate today, int days)
{
    m_today = today;
    m_soonDays = days;
    updateFormats();
    updateCells();
}

bool ExpiryCalendarView::isSoon(QDate day) const
{
    return m_today.isValid() && day >= m_today && day <= m_today.addDays(m_soonDays);
}

void ExpiryCalendarView::updateFormats()
{
    // Bold day numbers carry the same news as the badges for anyone who cannot tell colours.
    setDateTextFormat(QDate(), QTextCharFormat());
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (it.value() > 0)
            setDateTextFormat(it.key(), bold);
    }
    if (m_today.isValid()) {
        QTextCharFormat today = dateTextFormat(m_today);
        today.setFontUnderline(true);
        setDateTextFormat(m_today, today);
    }
}

void ExpiryCalendarView::paintCell(QPainter *painter, const QRect &rect, QDate date) const
{
    QCalendarWidget::paintCell(painter, rect, date);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (isSoon(date) && date != selectedDate()) {
        // The "expiring soon" window: a light wash of the palette's highlight.
        QColor wash = palette().color(QPalette::Highlight);
        wash.setAlpha(40);
        painter->fillRect(rect.adjusted(1, 1, -1, -1), wash);
    }
    const int count = m_counts.value(date);
    if (count > 0) {
        QFont font = painter->font();
        font.setBold(true);
        painter->setFont(font);
        const QString text = QLocale().toString(count);
        const QFontMetrics metrics(font);
        const int height = metrics.height() + 2;
        const int width = std::max(height, metrics.horizontalAdvance(text) + height / 2 + 2);
        const QRect badge(rect.right() - width - 3, rect.bottom() - height - 3, width, height);
        // Small badges may carry their own colours: soon ones the amber of the SANDBOX badge,
        // past days recede, later ones use the palette's highlight.
        QColor fill = palette().color(QPalette::Highlight);
        QColor ink = palette().color(QPalette::HighlightedText);
        if (isSoon(date)) {
            fill = QColor(0xb2, 0x6a, 0x00);
            ink = Qt::white;
        } else if (m_today.isValid() && date < m_today) {
            fill = palette().color(QPalette::Mid);
            ink = palette().color(QPalette::Text);
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
        painter->setPen(ink);
        painter->drawText(badge, Qt::AlignCenter, text);
    }
    painter->restore();
}

} // namespace pinedesk
