#pragma once

#include "crm/Segment.h"
#include "csv/CsvFormat.h"
#include "domain/Expected.h"
#include "store/StoreContext.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <atomic>

namespace pinedesk {

// Who a bulk run is for (step 1 of the wizard): usernames from a paste, a column of a CSV file, a
// saved CRM segment or the clients selected in a page, all cleaned the same way (blanks and '@'
// stripped, empty entries dropped, duplicates merged ignoring case), with what was left out and
// why. `audience` names the source for campaigns ("pasted list", the segment's name, ...).
struct BulkRecipients
{
    Q_DECLARE_TR_FUNCTIONS(BulkRecipients)

public:
    QStringList usernames;
    QStringList rejected; // "entry: reason"
    int duplicates = 0;
    int withoutUsername = 0; // clients of a segment known only by e-mail or name
    QString audience;

    // The first lines of a CSV file, to pick the column that holds the usernames.
    struct CsvSample
    {
        CsvFormat format;
        QList<QStringList> rows; // at most `rows` records, the header (if any) first
        int columns = 0;
        int suggestedColumn = 0; // a "username"/"tradingview" header, else the likeliest column
        bool looksLikeHeader = false;
    };

    static BulkRecipients fromText(const QString &text);
    static BulkRecipients fromList(const QStringList &entries, const QString &audience);
    static Expected<CsvSample> sampleCsv(const QString &path, int rows = 6);
    // One column (0-based) of every record; `hasHeader` skips the first record.
    static Expected<BulkRecipients> fromCsv(const QString &path, int column, bool hasHeader);
    // The segment's clients as the CRM finds them now, read a page at a time. `cancel` may be
    // set from another thread.
    static Expected<BulkRecipients> fromSegment(const StoreContext &context, const Segment &segment,
                                                const std::atomic_bool *cancel = nullptr);

    // "482 usernames · 3 duplicates merged · 2 entries are not usernames".
    QString summary() const;
};

} // namespace pinedesk
