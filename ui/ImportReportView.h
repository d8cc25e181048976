#pragma once

#include "import/ImportResult.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace pinedesk {

// The lines an import rejected, with their numbers and reasons, and "Save error report…" to
// write them as a CSV the vendor can fix in a spreadsheet. Part of the import dialog.
class ImportReportView final : public QWidget
{
    Q_OBJECT

public:
    explicit ImportReportView(QWidget *parent = nullptr);

    // Shows the rejected lines of `result` (hidden when there are none). `sourcePath` names the
    // report file suggested on saving.
    void setResult(const ImportResult &result, const QString &sourcePath);
    void setSavingEnabled(bool enabled);

private:
    void save();

    QTableWidget *m_table = nullptr;
    QPushButton *m_save = nullptr;
    QList<RejectedLine> m_lines;
    QString m_sourcePath;
};

} // namespace pinedesk
