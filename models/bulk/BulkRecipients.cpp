#include "BulkRecipients.h"

#include "crm/ClientQuery.h"
#include "csv/CsvReader.h"
#include "domain/UsernameList.h"
#include "domain/UsernameValidator.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

constexpr int segmentPage = 1000;

// Adds entries one by one with the rules of a pasted list.
class Collector
{
public:
    explicit Collector(BulkRecipients &target)
        : m_target(target)
    {}
    void add(const QString &entry)
    {
        const QString trimmed = entry.trimmed();
        if (trimmed.isEmpty() || trimmed == u"@"_s)
            return;
        const auto name = UsernameValidator::validate(trimmed);
        if (!name) {
            m_target.rejected.append(trimmed + u": "_s + name.error().message());
            return;
        }
        const QString key = UsernameValidator::key(*name);
        if (m_seen.contains(key)) {
            ++m_target.duplicates;
            return;
        }
        m_seen.insert(key);
        m_target.usernames.append(*name);
    }

private:
    BulkRecipients &m_target;
    QSet<QString> m_seen;
};

bool isUsernameHeader(const QString &cell)
{
    static const QRegularExpression header(u"user|tradingview|^tv|handle"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return header.match(cell).hasMatch();
}

Status openCsv(QFile &file)
{
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(BulkRecipients::tr("%1 could not be read: %2")
                                   .arg(file.fileName(), file.errorString()));
    return {};
}

CsvFormat detectFormat(QFile &file)
{
    const QByteArray sample = file.peek(CsvFormat::sampleSize);
    return CsvFormat::detect(sample, sample.size() >= file.size());
}

} // namespace

BulkRecipients BulkRecipients::fromText(const QString &text)
{
    const UsernameList parsed = UsernameList::parse(text);
    BulkRecipients r;
    r.usernames = parsed.usernames;
    r.rejected = parsed.rejected;
    r.duplicates = parsed.duplicates;
    r.audience = tr("pasted list");
    return r;
}

BulkRecipients BulkRecipients::fromList(const QStringList &entries, const QString &audience)
{
    BulkRecipients r;
    r.audience = audience;
    Collector collect(r);
    for (const QString &entry : entries)
        collect.add(entry);
    return r;
}

Expected<BulkRecipients::CsvSample> BulkRecipients::sampleCsv(const QString &path, int rows)
{
    using R = Expected<CsvSample>;
    QFile file(path);
    if (const Status opened = openCsv(file); !opened)
        return R::failure(opened.error());
    CsvSample sample;
    sample.format = detectFormat(file);
    CsvReader reader(file, sample.format);
    while (sample.rows.size() < rows) {
        const auto record = reader.next();
        if (!record)
            break;
        sample.rows.append(record->fields);
        sample.columns = std::max(sample.columns, int(record->fields.size()));
    }
    if (!reader.error().isEmpty())
        return R::failure(reader.error());
    if (sample.rows.isEmpty())
        return R::failure(tr("%1 is empty.").arg(QFileInfo(path).fileName()));

    // A header names its columns: a "username" one is the answer.
    const QStringList first = sample.rows.first();
    for (int c = 0; c < first.size(); ++c) {
        if (isUsernameHeader(first.at(c))) {
            sample.suggestedColumn = c;
            sample.looksLikeHeader = true;
            return sample;
        }
    }
    // Otherwise the column whose cells are most often valid usernames (not e-mails).
    int best = -1;
    for (int c = 0; c < sample.columns; ++c) {
        int valid = 0;
        for (const QStringList &row : std::as_const(sample.rows))
            valid += (c < row.size() && UsernameValidator::validate(row.at(c)).ok()) ? 1 : 0;
        if (valid > best) {
            best = valid;
            sample.suggestedColumn = c;
        }
    }
    const QString head = first.value(sample.suggestedColumn);
    sample.looksLikeHeader = !UsernameValidator::validate(head).ok() || head.contains(u' ');
    return sample;
}

Expected<BulkRecipients> BulkRecipients::fromCsv(const QString &path, int column, bool hasHeader)
{
    using R = Expected<BulkRecipients>;
    QFile file(path);
    if (const Status opened = openCsv(file); !opened)
        return R::failure(opened.error());
    BulkRecipients r;
    r.audience = QFileInfo(path).fileName();
    Collector collect(r);
    CsvReader reader(file, detectFormat(file));
    bool first = true;
    while (const auto record = reader.next()) {
        if (first && hasHeader) {
            first = false;
            continue;
        }
        first = false;
        collect.add(record->fields.value(column));
    }
    if (!reader.error().isEmpty())
        return R::failure(reader.error());
    return r;
}

Expected<BulkRecipients> BulkRecipients::fromSegment(const StoreContext &context,
                                                     const Segment &segment,
                                                     const std::atomic_bool *cancel)
{
    using R = Expected<BulkRecipients>;
    const QSqlDatabase db = context.database.connection();
    const ClientQuery query(segment.filter, context.clock.nowUtc());
    BulkRecipients r;
    r.audience = segment.name;
    Collector collect(r);
    for (qint64 offset = 0;; offset += segmentPage) {
        if (cancel && cancel->load())
            return R::failure(tr("Cancelled."));
        const auto page = query.clients(db, offset, segmentPage);
        if (!page)
            return R::failure(page.error());
        for (const Client &client : *page) {
            if (client.tvUsername.isEmpty())
                ++r.withoutUsername;
            else
                collect.add(client.tvUsername);
        }
        if (page->size() < segmentPage)
            break;
    }
    return r;
}

QString BulkRecipients::summary() const
{
    QStringList parts{tr("%n username(s)", nullptr, int(usernames.size()))};
    if (duplicates > 0)
        parts.append(tr("%n duplicate(s) merged", nullptr, duplicates));
    if (!rejected.isEmpty())
        parts.append(tr("%n entry(ies) are not usernames", nullptr, int(rejected.size())));
    if (withoutUsername > 0)
        parts.append(tr("%n client(s) have no TradingView username", nullptr, withoutUsername));
    return parts.join(u" · "_s);
}

} // namespace pinedesk
