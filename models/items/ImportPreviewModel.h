#pragma once

#include "csv/CsvRecord.h"
#include "import/ImportRow.h"
#include "store/StoreContext.h"

#include <QAbstractTableModel>
#include <QList>

namespace pinedesk {

class ClientBatchWriter;

// The first lines of a file as the import will take them, for the import dialog: what each
// becomes (a new client, an update of an existing one, unchanged) or why it is rejected, and
// the values read with the current mapping. Looks clients up by username or e-mail (a few
// indexed reads), never writes.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Line, Username, Email, Name, Status, Payment, Outcome, ColumnCount };
    enum Role { ProblemRole = Qt::UserRole + 1 };

    explicit ImportPreviewModel(StoreContext context, QObject *parent = nullptr);

    // Reads `lines` again with `options` (call after every mapping change).
    void setLines(const QList<CsvRecord> &lines, const ImportRow::Options &options);
    // Lines of the preview that would be rejected.
    int problemCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        qint64 line = 0;
        QString outcome;
        bool problem = false;
        Client client;
        bool hasStatus = false;
        QString payment;
    };
    QString outcomeOf(ClientBatchWriter &lookup, const ImportRow &row, QHash<QString, qint64> &seen,
                      qint64 line);

    StoreContext m_ctx;
    QList<Row> m_rows;
};

} // namespace pinedesk
