#include "ClientImporter.h"

#include "ImportAccess.h"
#include "csv/CsvReader.h"
#include "store/ClientBatchWriter.h"
#include "store/SqlDialect.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

constexpr int progressEvery = 256; // lines between progress reports

// A large page cache for the length of an import, so one big transaction is not spilled to
// the WAL page by page; the connection's setting is restored afterwards.
class CacheBoost
{
public:
    explicit CacheBoost(const QSqlDatabase &db)
        : m_db(db)
        , m_sqlite(!SqlDialect::of(db).isPostgresql())
    {
        // PostgreSQL's server sizes its own cache; a failed statement there would also end the
        // transaction, so nothing is tried.
        if (!m_sqlite)
            return;
        Statement read(m_db, u"PRAGMA cache_size"_s);
        if (const auto first = read.execAndFirst(); first && *first)
            m_previous = read.value(0).toLongLong();
        // A cache hint: if it fails, the import is only slower.
        static_cast<void>(Statement(m_db, u"PRAGMA cache_size = -131072"_s).exec()); // 128 MiB
    }
    ~CacheBoost()
    {
        if (!m_sqlite)
            return;
        // PRAGMA takes no bound values; the number comes from SQLite itself.
        static_cast<void>(Statement(m_db, u"PRAGMA cache_size = %1"_s.arg(m_previous)).exec());
    }
    CacheBoost(const CacheBoost &) = delete;
    CacheBoost &operator=(const CacheBoost &) = delete;

private:
    QSqlDatabase m_db;
    bool m_sqlite;
    qint64 m_previous = -2000;
};

} // namespace

ClientImporter::ClientImporter(StoreContext context)
    : m_ctx(std::move(context))
{}

Client ClientImporter::merged(const Client &existing, const ImportRow &row)
{
    Client after = existing;
    const Client &in = row.client;
    if (after.tvUsername.isEmpty() && !in.tvUsername.isEmpty())
        after.tvUsername = in.tvUsername;
    if (!in.email.isEmpty() && in.email.compare(after.email, Qt::CaseInsensitive) != 0)
        after.email = in.email;
    if (row.hasName)
        after.fullName = in.fullName;
    if (row.hasStatus)
        after.status = in.status;
    if (after.notes.trimmed().isEmpty())
        after.notes = in.notes;
    for (const QString &tag : in.tags) {
        if (!after.tags.contains(tag, Qt::CaseInsensitive))
            after.tags.append(tag);
    }
    return after;
}

Expected<ClientImporter::Outcome> ClientImporter::apply(ClientBatchWriter &writer,
                                                        const ImportRow &row, ImportResult &result,
                                                        ImportAccess *access)
{
    using R = Expected<Outcome>;
    const Client &in = row.client;
    std::optional<Client> existing;
    if (!in.tvUsername.isEmpty()) {
        const auto byName = writer.byUsername(in.tvUsername);
        if (!byName)
            return R::failure(byName.error());
        existing = *byName;
        if (!existing && !in.email.isEmpty()) {
            // A contact known by e-mail only gets its username now.
            const auto contact = writer.byEmail(in.email, true);
            if (!contact)
                return R::failure(contact.error());
            existing = *contact;
        }
    } else {
        const auto byEmail = writer.byEmail(in.email, false);
        if (!byEmail)
            return R::failure(byEmail.error());
        existing = *byEmail;
    }

    qint64 clientId = 0;
    Outcome outcome = Outcome::Created;
    if (existing) {
        const auto changed = writer.update(*existing, merged(*existing, row));
        if (!changed)
            return R::failure(changed.error());
        clientId = existing->id;
        outcome = *changed ? Outcome::Updated : Outcome::Unchanged;
    } else {
        const auto id = writer.create(in);
        if (!id)
            return R::failure(id.error());
        clientId = *id;
    }

    if (row.paymentRefused)
        ++result.paymentsRefused;
    if (row.payment) {
        Payment payment = *row.payment;
        payment.clientId = clientId;
        if (access && !payment.productRef.isEmpty()) {
            const auto plan = access->planFor(payment.productRef);
            if (!plan)
                return R::failure(plan.error());
            payment.planId = *plan;
        }
        const auto added = writer.addPayment(payment);
        if (!added)
            return R::failure(added.error());
        ++(*added ? result.payments : result.paymentsKnown);
        if (access && *added && payment.status == PaymentStatus::Paid) {
            const QString username =
                existing && !existing->tvUsername.isEmpty() ? existing->tvUsername : in.tvUsername;
            if (!payment.planId || username.isEmpty())
                ++result.paidWithoutAccess;
            else
                access->add(username, *payment.planId, payment.paidAt);
        }
    }
    return outcome;
}

Expected<ImportResult> ClientImporter::run(const QString &path, const Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Expected<ImportResult>::failure(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return run(file, options);
}

Expected<ImportResult> ClientImporter::run(QIODevice &input, const Options &options)
{
    using R = Expected<ImportResult>;
    if (!options.mapping.identifiesClients()) {
        return R::failure(
            tr("Choose the column that holds the TradingView username or the e-mail address."));
    }
    ImportResult result;
    result.dryRun = options.dryRun;
    const qint64 total = input.isSequential() ? 0 : input.size();
    CsvReader reader(input, options.format);
    ImportRow::Options rowOptions;
    rowOptions.mapping = options.mapping;
    rowOptions.source = options.layout.id();
    rowOptions.payments = options.importPayments;
    rowOptions.unguardCells = options.layout.unguardsCells();
    if (options.hasHeader) {
        if (const auto header = reader.next())
            rowOptions.headerSize = int(header->fields.size());
    }

    CacheBoost cache(m_ctx.database.connection());
    Transaction tx(m_ctx.database.connection());
    if (!tx.isActive()) {
        return R::failure(
            tr("The database cannot be written now; nothing was imported. %1").arg(tx.error()));
    }
    ClientBatchWriter writer(m_ctx);
    std::optional<ImportAccess> access;
    if (options.applyAccess && options.importPayments)
        access.emplace(m_ctx, options.layout.provider());
    if (const Status s = writer.preload(options.layout.id()); !s)
        return R::failure(
            tr("The import could not start; nothing was imported. %1").arg(s.error()));
    const auto cancelled = [this] {
        return m_cancel && m_cancel->load(std::memory_order_relaxed);
    };
    int sinceReport = 0;
    while (const auto record = reader.next()) {
        if (cancelled()) {
            result.cancelled = true;
            break;
        }
        if (options.layout.isSummaryRow(record->fields))
            continue;
        ++result.lines;
        if (m_progress && ++sinceReport >= progressEvery) {
            sinceReport = 0;
            m_progress(reader.bytesRead(), total);
        }
        const auto reject = [&](const QString &reason) {
            result.rejected.append(
                {record->line, record->raw.left(RejectedLine::maxTextLength), reason});
        };
        if (record->unterminatedQuote) {
            reject(tr("A quoted value is never closed (a \" is missing), so the rest of the file "
                      "was read as one value."));
            continue;
        }
        const auto row = ImportRow::read(record->fields, rowOptions);
        if (!row) {
            reject(row.error());
            continue;
        }
        const auto outcome = apply(writer, *row, result, access ? &*access : nullptr);
        if (!outcome) {
            return R::failure(tr("The import stopped at line %1 and nothing was saved: %2")
                                  .arg(record->line)
                                  .arg(outcome.error()));
        }
        switch (*outcome) {
        case Outcome::Created:
            ++result.created;
            break;
        case Outcome::Updated:
            ++result.updated;
            break;
        case Outcome::Unchanged:
            ++result.unchanged;
            break;
        }
    }
    if (!reader.error().isEmpty())
        return R::failure(reader.error() + u' ' + tr("Nothing was imported."));
    result.cancelled = result.cancelled || cancelled();
    if (access && !result.cancelled) {
        const auto queued = access->apply();
        if (!queued)
            return R::failure(
                tr("The access from the payments could not be queued; nothing was imported. %1")
                    .arg(queued.error()));
        result.accessQueued = *queued;
    }
    if (result.cancelled || options.dryRun) {
        tx.rollback();
    } else if (const Status s = tx.commit(); !s) {
        return R::failure(
            tr("The import could not be saved; nothing was imported. %1").arg(s.error()));
    }
    if (m_progress)
        m_progress(total > 0 ? total : reader.bytesRead(), total);
    return result;
}

} // namespace pinedesk
