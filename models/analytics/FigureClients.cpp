#include "FigureClients.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// The month's last instant, or now while the month runs.
QDateTime monthEnd(const QDate &month, const QDateTime &now)
{
    return std::min(BusinessMetrics::monthStart(month).addMonths(1).addSecs(-1), now);
}

} // namespace

QString FigureClients::label(Figure figure, QDate month, int monthsAfter)
{
    const QString name = QLocale().toString(month, u"MMMM yyyy"_s);
    switch (figure) {
    case Figure::Active:
        return tr("Active at the end of %1").arg(name);
    case Figure::New:
        return tr("New in %1").arg(name);
    case Figure::Reactivated:
        return tr("Reactivated in %1").arg(name);
    case Figure::Churned:
        return tr("Churned in %1").arg(name);
    case Figure::CohortActive:
        return tr("New in %1, active %n month(s) later", nullptr, monthsAfter).arg(name);
    }
    return {};
}

QList<qint64> FigureClients::of(const BusinessMetrics &metrics, Figure figure, QDate month,
                                int monthsAfter)
{
    const QDateTime from = BusinessMetrics::monthStart(month);
    const QDateTime to = from.addMonths(1);
    const QDateTime now = metrics.facts().now;
    switch (figure) {
    case Figure::Active:
        return metrics.activeAt(monthEnd(month, now));
    case Figure::New:
        return metrics.newIn(from, to);
    case Figure::Reactivated:
        return metrics.reactivatedIn(from, to);
    case Figure::Churned:
        return metrics.churnedIn(from, to);
    case Figure::CohortActive: {
        QList<qint64> kept;
        const QDateTime at = monthEnd(month.addMonths(monthsAfter), now);
        for (qint64 id : metrics.newIn(from, to)) {
            if (metrics.isActive(id, at))
                kept.append(id);
        }
        return kept;
    }
    }
    return {};
}

} // namespace pinedesk
