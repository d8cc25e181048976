#include "ClientListPdf.h"

#include "PdfFile.h"
#include "ReportDocument.h"
#include "store/Database.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

QString ClientListPdf::title()
{
    return tr("Client list");
}

QString ClientListPdf::describe(const ClientFilter &f)
{
    const QLocale locale;
    QStringList parts;
    if (!f.text.trimmed().isEmpty())
        parts.append(tr("search \"%1\"").arg(f.text.trimmed()));
    if (!f.statuses.isEmpty()) {
        QStringList names;
        for (ClientStatus s : f.statuses)
            names.append(ClientStatusNames::displayName(s));
        parts.append(tr("status %1").arg(names.join(u", "_s)));
    }
    if (f.registeredFrom)
        parts.append(tr("client since %1 or later")
                         .arg(locale.toString(*f.registeredFrom, QLocale::ShortFormat)));
    if (f.registeredTo)
        parts.append(tr("client since %1 or earlier")
                         .arg(locale.toString(*f.registeredTo, QLocale::ShortFormat)));
    if (f.noPaymentForDays)
        parts.append(tr("no payment for %n day(s)", nullptr, *f.noPaymentForDays));
    if (f.spentAtLeastMinor)
        parts.append(tr("spent at least %1 %2")
                         .arg(locale.toString(*f.spentAtLeastMinor / 100.0, 'f', 2), f.currency));
    if (f.spentAtMostMinor)
        parts.append(tr("spent at most %1 %2")
                         .arg(locale.toString(*f.spentAtMostMinor / 100.0, 'f', 2), f.currency));
    if (f.activeIndicatorId)
        parts.append(tr("active on one indicator"));
    if (f.expiringWithinDays)
        parts.append(tr("an access ends within %n day(s)", nullptr, *f.expiringWithinDays));
    if (f.syncProblems)
        parts.append(tr("sync problems"));
    if (f.clientIds)
        parts.append(f.idsLabel.isEmpty()
                         ? tr("%n chosen client(s)", nullptr, int(f.clientIds->size()))
                         : f.idsLabel);
    return parts.isEmpty() ? tr("All clients") : parts.join(u" · "_s);
}

Status ClientListPdf::build(ReportDocument &document, Database &database, const ClientQuery &query,
                            const std::atomic<bool> &cancel, const Progress &progress)
{
    const QSqlDatabase db = database.connection();
    const auto total = query.count(db);
    if (!total)
        return Status::failure(total.error());
    const QLocale locale;
    document.title(title(), describe(query.filter()));
    document.paragraph(tr("%n client(s).", nullptr, int(*total)));
    const auto r = Qt::AlignRight;
    auto table = document.table({tr("Username"), tr("Name"), tr("E-mail"), tr("Status"),
                                 tr("Client since"), tr("Last payment"), tr("Active")},
                                {19, 16, 23, 8, 12, 12, 10},
                                {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft,
                                 Qt::AlignLeft, Qt::AlignLeft, r},
                                int(*total));
    for (qint64 offset = 0; offset < *total; offset += chunk) {
        if (cancel.load())
            return Status::failure(PdfFile::cancelledMessage());
        const auto rows = query.page(db, offset, chunk, *total);
        if (!rows)
            return Status::failure(rows.error());
        for (const ClientRow &c : *rows) {
            table.addRow(
                {c.tvUsername, c.fullName, c.email, ClientStatusNames::displayName(c.status),
                 locale.toString(c.createdAt.toLocalTime().date(), QLocale::ShortFormat),
                 c.lastPaidAt.isValid()
                     ? locale.toString(c.lastPaidAt.toLocalTime().date(), QLocale::ShortFormat)
                     : QString(),
                 locale.toString(c.activeAccesses)});
        }
        if (progress)
            progress(std::min(*total, offset + chunk), *total);
        if (rows->isEmpty())
            break;
    }
    table.finish();
    return {};
}

} // namespace pinedesk
