#pragma once

#include <QCalendarWidget>
#include <QDate>
#include <QMap>

namespace pinedesk {

// A month view that shows, in a small badge in each day's cell, how many accesses expire that
// day. Days from today up to the "expiring soon" threshold stand out. Keyboard as in
// QCalendarWidget: arrows move the day, Page Up / Page Down change the month.
class ExpiryCalendarView final : public QCalendarWidget
{
    Q_OBJECT

public:
    explicit ExpiryCalendarView(QWidget *parent = nullptr);

    void setCounts(const QMap<QDate, int> &counts);
    int countOn(QDate day) const { return m_counts.value(day); }
    // Days in [today, today + days] are "expiring soon".
    void setSoonWindow(QDate today, int days);
    bool isSoon(QDate day) const;

protected:
    void paintCell(QPainter *painter, const QRect &rect, QDate date) const override;

private:
    void updateFormats();

    QMap<QDate, int> m_counts;
    QDate m_today;
    int m_soonDays = 0;
};

} // namespace pinedesk
