#include "ClientHistoryPdf.h"

#include "ReportDocument.h"
#include "items/DateText.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

QString ClientHistoryPdf::title(const Client &client)
{
    return tr("History of %1").arg(client.tvUsername);
}

QString ClientHistoryPdf::suggestedFileName(const Client &client)
{
    return tr("history-%1.pdf").arg(client.tvUsername);
}

Status ClientHistoryPdf::build(ReportDocument &document, const Client &client,
                               const QList<ClientTimeline::Entry> &entries)
{
    const QLocale locale;
    QStringList who;
    if (!client.fullName.isEmpty())
        who.append(client.fullName);
    if (!client.email.isEmpty())
        who.append(client.email);
    who.append(
        tr("client since %1")
            .arg(locale.toString(client.createdAt.toLocalTime().date(), QLocale::LongFormat)));
    document.title(title(client), who.join(u" · "_s));
    document.paragraph(
        tr("%n event(s), newest first. Times are local (%1).", nullptr, int(entries.size()))
            .arg(QDateTime::currentDateTime().timeZoneAbbreviation()));
    auto table = document.table(
        {tr("When"), tr("Kind"), tr("What"), tr("Detail"), tr("Who")}, {15, 9, 20, 40, 16},
        {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft},
        int(entries.size()));
    for (const auto &e : entries) {
        table.addRow(
            {DateText::minutes(e.at), ClientTimeline::kindName(e.kind), e.what, e.detail, e.who});
    }
    table.finish();
    return {};
}

} // namespace pinedesk
