#include "CampaignReport.h"

#include "csv/CsvWriter.h"
#include "domain/Money.h"
#include "store/Database.h"
#include "store/DbTime.h"
#include "store/SqlDialect.h"
#include "store/Statement.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

constexpr qint64 msPerDay = 86400000;

// Days between a payment and the campaign's start, as whole milliseconds (%1, %2: see
// SqlDialect::millisecondsBetween), so "exactly 7 days" lands in the 7-day interval.
// A payment counts when it is strictly after the start, has a positive amount, and (with a
// horizon) came within the horizon.
const QString figuresSql = uR"(WITH firsts AS (
    SELECT m.campaign_id AS campaign_id,
        %1 AS ms
    FROM campaigns c
    JOIN campaign_members m ON m.campaign_id = c.id
    JOIN payments p ON p.client_id = m.client_id AND p.paid_at > c.started_at
        AND p.amount_minor > 0 AND p.status IN ('paid', 'partially_refunded')
        AND (CAST(:horizon AS BIGINT) <= 0
             OR %2 <= :horizon)
    WHERE (CAST(:campaign AS BIGINT) = 0 OR c.id = :campaign)
    GROUP BY m.campaign_id, m.client_id, c.started_at),
ranked AS (
    SELECT campaign_id, ms,
        ROW_NUMBER() OVER (PARTITION BY campaign_id ORDER BY ms) AS rn,
        COUNT(*) OVER (PARTITION BY campaign_id) AS n
    FROM firsts),
stats AS (
    SELECT campaign_id, COUNT(*) AS reactivated,
        AVG(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2) THEN ms END) AS median_ms,
        SUM(CASE WHEN ms <= :b1 THEN 1 ELSE 0 END) AS b1,
        SUM(CASE WHEN ms > :b1 AND ms <= :b2 THEN 1 ELSE 0 END) AS b2,
        SUM(CASE WHEN ms > :b2 AND ms <= :b3 THEN 1 ELSE 0 END) AS b3,
        SUM(CASE WHEN ms > :b3 AND ms <= :b4 THEN 1 ELSE 0 END) AS b4,
        SUM(CASE WHEN ms > :b4 AND ms <= :b5 THEN 1 ELSE 0 END) AS b5,
        SUM(CASE WHEN ms > :b5 THEN 1 ELSE 0 END) AS later
    FROM ranked GROUP BY campaign_id)
SELECT c.id, c.name, c.audience, c.offer, c.started_at, c.batch_id, c.created_by,
    (SELECT COUNT(*) FROM campaign_members m WHERE m.campaign_id = c.id),
    COALESCE(s.reactivated, 0), s.median_ms,
    COALESCE(s.b1, 0), COALESCE(s.b2, 0), COALESCE(s.b3, 0), COALESCE(s.b4, 0),
    COALESCE(s.b5, 0), COALESCE(s.later, 0)
FROM campaigns c LEFT JOIN stats s ON s.campaign_id = c.id
WHERE (CAST(:campaign AS BIGINT) = 0 OR c.id = :campaign)
ORDER BY c.started_at DESC, c.id DESC)"_s;

const QString revenueSql =
    uR"(SELECT m.campaign_id, p.currency, SUM(p.amount_minor - p.refunded_minor)
FROM campaigns c
JOIN campaign_members m ON m.campaign_id = c.id
JOIN payments p ON p.client_id = m.client_id AND p.paid_at > c.started_at
    AND p.amount_minor > 0 AND p.status IN ('paid', 'partially_refunded')
    AND (CAST(:horizon AS BIGINT) <= 0
         OR %2 <= :horizon)
WHERE (CAST(:campaign AS BIGINT) = 0 OR c.id = :campaign)
GROUP BY m.campaign_id, p.currency)"_s;

// The statements above with their spans spelled for the database.
QString withSpans(const QString &sql, const SqlDialect &dialect)
{
    return QString(sql)
        .replace(u"%1"_s, dialect.millisecondsBetween(u"c.started_at"_s, u"MIN(p.paid_at)"_s))
        .replace(u"%2"_s, dialect.millisecondsBetween(u"c.started_at"_s, u"p.paid_at"_s));
}

QString plainNumber(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

// "1234.50": the amount without its currency, which the column header names.
QString plainMoney(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toPlainString().chopped(currency.size() + 1);
}

} // namespace

QList<int> CampaignReport::bucketLimits()
{
    return {7, 14, 30, 60, 90};
}

QString CampaignReport::bucketLabel(int index)
{
    const QList<int> limits = bucketLimits();
    if (index <= 0)
        return tr("Within %n day(s)", nullptr, limits.first());
    if (index >= limits.size())
        return tr("After %n day(s)", nullptr, limits.last());
    return tr("%1 to %2 days").arg(limits[index - 1]).arg(limits[index]);
}

Expected<QList<CampaignFigures>> CampaignReport::compute(Database &database, const Options &options)
{
    using Result = Expected<QList<CampaignFigures>>;
    const QSqlDatabase db = database.connection();
    const qint64 horizonMs = qint64(qMax(0, options.horizonDays)) * msPerDay;
    const qint64 campaign = options.campaignId.value_or(0);
    const QList<int> limits = bucketLimits();

    Statement figures(db, withSpans(figuresSql, SqlDialect::of(db)));
    figures.bind(u":horizon"_s, horizonMs).bind(u":campaign"_s, campaign);
    for (int i = 0; i < limits.size(); ++i)
        figures.bind(u":b%1"_s.arg(i + 1), qint64(limits[i]) * msPerDay);
    if (const Status s = figures.exec(); !s)
        return Result::failure(s.error());
    QList<CampaignFigures> rows;
    QHash<qint64, qsizetype> indexOf;
    while (figures.next()) {
        CampaignFigures f;
        Campaign &c = f.campaign;
        c.id = figures.value(0).toLongLong();
        c.name = figures.value(1).toString();
        c.audience = figures.value(2).toString();
        c.offer = figures.value(3).toString();
        c.startedAt = DbTime::fromDb(figures.value(4));
        if (!figures.value(5).isNull())
            c.batchId = figures.value(5).toLongLong();
        c.createdBy = figures.value(6).toString();
        c.members = figures.value(7).toInt();
        f.reactivated = figures.value(8).toInt();
        if (!figures.value(9).isNull())
            f.medianDays = figures.value(9).toDouble() / double(msPerDay);
        for (int i = 0; i <= limits.size(); ++i)
            f.buckets.append(figures.value(10 + i).toInt());
        indexOf.insert(c.id, rows.size());
        rows.append(std::move(f));
    }

    Statement revenue(db, withSpans(revenueSql, SqlDialect::of(db)));
    revenue.bind(u":horizon"_s, horizonMs).bind(u":campaign"_s, campaign);
    if (const Status s = revenue.exec(); !s)
        return Result::failure(s.error());
    while (revenue.next()) {
        const qsizetype at = indexOf.value(revenue.value(0).toLongLong(), -1);
        if (at >= 0)
            rows[at].revenue.insert(revenue.value(1).toString(), revenue.value(2).toLongLong());
    }
    return rows;
}

CampaignReport::Comparison CampaignReport::compare(const QList<CampaignFigures> &figures)
{
    Comparison c;
    double bestRate = 0;
    std::optional<double> fastest;
    for (const CampaignFigures &f : figures) {
        c.members += f.campaign.members;
        c.reactivated += f.reactivated;
        if (f.reactivated > 0 && f.rate() > bestRate) {
            bestRate = f.rate();
            c.bestRateId = f.campaign.id;
        }
        if (f.medianDays && (!fastest || *f.medianDays < *fastest)) {
            fastest = f.medianDays;
            c.fastestId = f.campaign.id;
        }
    }
    return c;
}

QStringList CampaignReport::csvHeader(const QStringList &currencies)
{
    QStringList header{u"campaign"_s,
                       u"audience"_s,
                       u"offer"_s,
                       u"started_at"_s,
                       u"members"_s,
                       u"reactivated"_s,
                       u"reactivation_rate_percent"_s,
                       u"median_days_to_payment"_s};
    for (int limit : bucketLimits())
        header.append(u"paid_within_%1_days"_s.arg(limit));
    header.append(u"paid_later"_s);
    for (const QString &currency : currencies)
        header.append(u"revenue_"_s + currency);
    return header;
}

Expected<int> CampaignReport::writeCsv(const QList<CampaignFigures> &figures, QIODevice &device)
{
    QSet<QString> seen;
    for (const CampaignFigures &f : figures) {
        for (auto it = f.revenue.cbegin(); it != f.revenue.cend(); ++it)
            seen.insert(it.key());
    }
    QStringList currencies(seen.cbegin(), seen.cend());
    std::sort(currencies.begin(), currencies.end());

    CsvWriter csv(device);
    csv.writeRow(csvHeader(currencies));
    const int intervals = int(bucketLimits().size());
    for (const CampaignFigures &f : figures) {
        QStringList row{f.campaign.name,
                        f.campaign.audience,
                        f.campaign.offer,
                        DbTime::toText(f.campaign.startedAt),
                        QString::number(f.campaign.members),
                        QString::number(f.reactivated),
                        plainNumber(f.rate() * 100.0, 1),
                        f.medianDays ? plainNumber(*f.medianDays, 1) : QString()};
        for (int i = 1; i <= intervals; ++i) // cumulative: "paid within 14 days" includes 7
            row.append(QString::number(f.withinBuckets(i)));
        row.append(QString::number(f.buckets.value(intervals)));
        for (const QString &currency : currencies)
            row.append(plainMoney(f.revenue.value(currency), currency));
        if (!csv.writeRow(row))
            break;
    }
    if (const Status s = csv.status(); !s)
        return Expected<int>::failure(s.error());
    return int(figures.size());
}

} // namespace pinedesk
