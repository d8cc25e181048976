#include "CampaignTableModel.h"

#include "domain/Money.h"

#include <QLocale>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

CampaignTableModel::CampaignTableModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{}

void CampaignTableModel::rowsReplaced()
{
    QMap<QString, qint64> totals;
    for (const CampaignFigures &f : rows()) {
        for (auto it = f.revenue.cbegin(); it != f.revenue.cend(); ++it)
            totals[it.key()] += it.value();
    }
    m_sortCurrency.clear();
    qint64 most = -1;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            m_sortCurrency = it.key();
        }
    }
}

int CampaignTableModel::rowOf(qint64 campaignId) const
{
    return findRow([campaignId](const CampaignFigures &f) { return f.campaign.id == campaignId; });
}

QString CampaignTableModel::rateText(double rate)
{
    return tr("%1 %").arg(QLocale().toString(rate * 100.0, 'f', 1));
}

QString CampaignTableModel::daysText(const std::optional<double> &days)
{
    if (!days)
        return u"–"_s;
    return tr("%1 days").arg(QLocale().toString(*days, 'f', 1));
}

QString CampaignTableModel::revenueText(const QMap<QString, qint64> &revenue)
{
    QStringList parts;
    for (auto it = revenue.cbegin(); it != revenue.cend(); ++it)
        parts.append(Money(it.value(), it.key()).toDisplayString(QLocale()));
    return parts.isEmpty() ? u"–"_s : parts.join(u", "_s);
}

QVariant CampaignTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignFigures &f = rowOfIndex(index);
    const Campaign &c = f.campaign;
    switch (role) {
    case IdRole:
        return c.id;
    case Qt::ToolTipRole:
        if (index.column() == Rate || index.column() == Reactivated)
            return tr("%1 of %n member(s) paid again after the campaign started.", nullptr,
                      c.members)
                .arg(f.reactivated);
        if (index.column() == MedianDays)
            return tr("Half of those who paid again did so within this many days of the start.");
        if (index.column() == Rate)
            return tr("Share of the members who paid again after the start.");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Members && index.column() <= Revenue
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool raw = role == SortRole;
    const QLocale locale;
    switch (Column(index.column())) {
    case Name:
        return raw ? QVariant(c.name.toLower()) : QVariant(c.name);
    case Offer:
        return raw ? QVariant(c.offer.toLower()) : QVariant(c.offer);
    case Audience:
        return raw ? QVariant(c.audience.toLower()) : QVariant(c.audience);
    case Started:
        return raw ? QVariant(c.startedAt.toMSecsSinceEpoch())
                   : QVariant(
                         locale.toString(c.startedAt.toLocalTime().date(), QLocale::ShortFormat));
    case Members:
        return raw ? QVariant(qint64(c.members)) : QVariant(locale.toString(c.members));
    case Reactivated:
        return raw ? QVariant(qint64(f.reactivated)) : QVariant(locale.toString(f.reactivated));
    case Rate:
        return raw ? QVariant(f.rate()) : QVariant(rateText(f.rate()));
    case MedianDays:
        // Campaigns nobody answered yet sort after the slowest one.
        return raw ? QVariant(f.medianDays.value_or(std::numeric_limits<double>::max()))
                   : QVariant(f.medianDays ? locale.toString(*f.medianDays, 'f', 1) : u"–"_s);
    case Revenue:
        return raw ? QVariant(f.revenue.value(m_sortCurrency)) : QVariant(revenueText(f.revenue));
    case ColumnCount:
        break;
    }
    return {};
}

QString CampaignTableModel::columnToolTip(int column) const
{
    return column == Revenue ? tr("Payments by these members after the start, per currency.")
                             : QString();
}

QString CampaignTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Name:
        return tr("Campaign");
    case Offer:
        return tr("Offer");
    case Audience:
        return tr("Audience");
    case Started:
        return tr("Started");
    case Members:
        return tr("Members");
    case Reactivated:
        return tr("Paid again");
    case Rate:
        return tr("Rate");
    case MedianDays:
        return tr("Median days");
    case Revenue:
        return tr("Revenue after start");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pinedesk
