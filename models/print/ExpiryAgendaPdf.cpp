#include "ExpiryAgendaPdf.h"

#include "PdfFile.h"
#include "ReportDocument.h"
#include "items/DateText.h"
#include "reports/ExpiryMonth.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

QString ExpiryAgendaPdf::title()
{
    return tr("Expiry agenda");
}

QString ExpiryAgendaPdf::suggestedFileName(QDate from, QDate to)
{
    return tr("expiry-agenda-%1-to-%2.pdf")
        .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

Status ExpiryAgendaPdf::build(ReportDocument &document, Database &database, QDate from, QDate to,
                              const std::atomic<bool> &cancel)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Status::failure(tr("The agenda needs a first day on or before its last day."));
    const QLocale locale;
    QMap<QDate, QList<ExpiryMonth::Entry>> days;
    qint64 total = 0;
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
        if (cancel.load())
            return Status::failure(PdfFile::cancelledMessage());
        const auto loaded = ExpiryMonth::load(database, month.year(), month.month());
        if (!loaded)
            return Status::failure(loaded.error());
        for (QDate day = std::max(from, month); day <= to && day.month() == month.month();
             day = day.addDays(1)) {
            const auto entries = loaded->entriesOn(day);
            if (!entries.isEmpty()) {
                days.insert(day, entries);
                total += entries.size();
            }
        }
    }
    document.title(title(), tr("%1 to %2")
                                .arg(locale.toString(from, QLocale::LongFormat),
                                     locale.toString(to, QLocale::LongFormat)));
    document.paragraph(
        days.isEmpty()
            ? tr("No access ends in these days.")
            : tr("%n access(es) end in these days. Times are local (%1).", nullptr, int(total))
                  .arg(QDateTime::currentDateTime().timeZoneAbbreviation()));
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if (cancel.load())
            return Status::failure(PdfFile::cancelledMessage());
        document.heading(tr("%1 · %n ending(s)", nullptr, int(it.value().size()))
                             .arg(locale.toString(it.key(), QLocale::LongFormat)));
        auto table = document.table(
            {tr("Time"), tr("Client"), tr("Username"), tr("Indicator"), tr("TradingView")},
            {9, 26, 20, 27, 18},
            {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft},
            int(it.value().size()));
        for (const auto &e : it.value()) {
            table.addRow({DateText::timeOfDay(e.expiresAt), e.client, e.tvUsername, e.indicator,
                          SyncStateRule::displayName(e.syncState)});
        }
        table.finish();
    }
    return {};
}

} // namespace pinedesk
