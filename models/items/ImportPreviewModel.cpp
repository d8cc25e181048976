#include "ImportPreviewModel.h"

#include "import/ClientImporter.h"
#include "store/ClientBatchWriter.h"
#include "store/ClientStore.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

ImportPreviewModel::ImportPreviewModel(StoreContext context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ctx(std::move(context))
{}

QString ImportPreviewModel::outcomeOf(ClientBatchWriter &lookup, const ImportRow &row,
                                      QHash<QString, qint64> &seen, qint64 line)
{
    const Client &in = row.client;
    const QString key =
        in.tvUsername.isEmpty() ? u"@"_s + in.email.toLower() : in.tvUsername.toLower();
    if (const auto earlier = seen.constFind(key); earlier != seen.constEnd())
        return tr("Updates the client of line %1").arg(*earlier);
    seen.insert(key, line);
    // The same look-ups as the import: the username, else a contact with the e-mail.
    const auto found = [](const Expected<std::optional<Client>> &e) {
        return e ? *e : std::optional<Client>();
    };
    std::optional<Client> existing;
    if (!in.tvUsername.isEmpty()) {
        existing = found(lookup.byUsername(in.tvUsername));
        if (!existing && !in.email.isEmpty())
            existing = found(lookup.byEmail(in.email, true));
    } else {
        existing = found(lookup.byEmail(in.email, false));
    }
    if (!existing)
        return tr("New client");
    const Client after = ClientImporter::merged(*existing, row);
    const QString who = existing->tvUsername.isEmpty() ? existing->email : existing->tvUsername;
    if (ClientStore::auditChanges(*existing, after).isEmpty())
        return tr("Unchanged (%1)").arg(who);
    return tr("Updates %1").arg(who);
}

void ImportPreviewModel::setLines(const QList<CsvRecord> &lines, const ImportRow::Options &options)
{
    beginResetModel();
    m_rows.clear();
    QHash<QString, qint64> seen;
    ClientBatchWriter lookup(m_ctx); // reads only
    for (const CsvRecord &record : lines) {
        Row row;
        row.line = record.line;
        const auto read = ImportRow::read(record.fields, options);
        if (record.unterminatedQuote || !read) {
            row.problem = true;
            row.outcome = read ? tr("A quoted value is never closed (a \" is missing).")
                               : read.error().message();
            m_rows.append(row);
            continue;
        }
        row.client = read->client;
        row.hasStatus = read->hasStatus;
        row.outcome = outcomeOf(lookup, *read, seen, record.line);
        if (read->payment) {
            row.payment = tr("%1 on %2")
                              .arg(read->payment->amount.toDisplayString(QLocale()),
                                   QLocale().toString(read->payment->paidAt.toUTC().date(),
                                                      QLocale::ShortFormat));
            if (read->payment->status != PaymentStatus::Paid)
                row.payment += u" ("_s +
                               PaymentStatusNames::displayName(read->payment->status).toLower() +
                               u')';
        } else if (read->paymentRefused) {
            row.payment = tr("Not paid (left out)");
        }
        m_rows.append(row);
    }
    endResetModel();
}

int ImportPreviewModel::problemCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.problem ? 1 : 0;
    return n;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    if (role == ProblemRole)
        return r.problem;
    if (role == Qt::ToolTipRole && index.column() == Outcome)
        return r.outcome;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Line:
        return r.line;
    case Outcome:
        return r.problem ? tr("Rejected: %1").arg(r.outcome) : r.outcome;
    case Username:
        return r.client.tvUsername;
    case Email:
        return r.client.email;
    case Name:
        return r.client.fullName;
    case Status:
        return r.problem
                   ? QString()
                   : (r.hasStatus ? ClientStatusNames::displayName(r.client.status) : QString());
    case Payment:
        return r.payment;
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case Outcome:
        return tr("Result");
    case Username:
        return tr("TradingView username");
    case Email:
        return tr("E-mail");
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Payment:
        return tr("Payment");
    default:
        return {};
    }
}

} // namespace pinedesk
