#include "ClientListPdf.h"

#include "PdfFile.h"
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

Expected<PdfTable> ClientListPdf::table(Database &database, const ClientQuery &query,
                                        const std::atomic<bool> &cancel, const Progress &progress)
{
    using Result = Expected<PdfTable>;
    const QSqlDatabase db = database.connection();
    const auto total = query.count(db);
    if (!total)
        return Result::failure(total.error());
    const QLocale locale;
    PdfTable out;
    out.title = title();
    out.subtitle = describe(query.filter());
    out.summary = tr("%n client(s).", nullptr, int(*total));
    out.header = {tr("Username"),     tr("Name"),         tr("E-mail"), tr("Status"),
                  tr("Client since"), tr("Last payment"), tr("Active")};
    out.widths = {18, 16, 21, 8, 13, 14, 10};
    out.align = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft,
                 Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight};
    out.rows.reserve(*total);
    const auto day = [&](const QDateTime &at) {
        return at.isValid() ? locale.toString(at.toLocalTime().date(), QLocale::ShortFormat)
                            : QString();
    };
    for (qint64 offset = 0; offset < *total; offset += chunk) {
        if (cancel.load())
            return Result::failure(PdfFile::cancelledMessage());
        const auto rows = query.page(db, offset, chunk, *total);
        if (!rows)
            return Result::failure(rows.error());
        for (const ClientRow &c : *rows) {
            out.rows.append({c.tvUsername, c.fullName, c.email,
                             ClientStatusNames::displayName(c.status), day(c.createdAt),
                             day(c.lastPaidAt), locale.toString(c.activeAccesses)});
        }
        if (progress)
            progress(std::min(*total, offset + chunk), *total);
        if (rows->isEmpty())
            break;
    }
    return out;
}

Expected<int> ClientListPdf::write(const QString &path, const PageSetup &setup, Database &database,
                                   const ClientQuery &query, const std::atomic<bool> &cancel,
                                   const Progress &progress)
{
    // Reading is most of the work for a long list: it takes the first nine tenths of the bar.
    const auto table = ClientListPdf::table(database, query, cancel, [&](qint64 done, qint64 all) {
        if (progress)
            progress(done * 9, all * 10);
    });
    if (!table)
        return Expected<int>::failure(table.error());
    return PdfFile(setup, title()).writeTable(path, *table, cancel, [&](qint64 done, qint64 all) {
        if (progress)
            progress(all * 9 + done, all * 10);
    });
}

} // namespace pinedesk
