#pragma once

#include "jobs/JobRunner.h"

#include "ConsoleContext.h"
#include "import/ImportSource.h"

#include <QDialog>

#include <atomic>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace pinedesk {

class ImportPreviewModel;
class ImportReportView;

// Imports clients (and payments) from a CSV file: shows the detected format and layout, one
// column choice per field (prefilled from the layout, "Manual" for unknown files), a preview
// of the first lines as they will be imported with each line's problem, then runs the import
// (or a dry run) on a worker with progress and Cancel. At the end it shows the counts and the
// rejected lines, which can be saved as a CSV error report. Open it with open(), never exec().
class ImportClientsDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportClientsDialog(ConsoleContext context, const QString &path, QWidget *parent = nullptr);
    // Cancels a running import and waits for it: it uses the database, which may go next.
    ~ImportClientsDialog() override;

    bool isRunning() const { return m_jobs->isRunning(); }
    // The last result shown (empty before the first run).
    QString summary() const;

public Q_SLOTS:
    void startImport() { start(false); }
    void startDryRun() { start(true); }
    void cancelImport();
    void reject() override;

Q_SIGNALS:
    // A real import changed clients or payments (the Clients page reloads).
    void imported();
    // A run (import or dry run) ended; the result is on screen.
    void importFinished();

private:
    void buildMapping(QWidget *box);
    void applyLayout(const ImportLayout &layout);
    // A product column is mapped and payments are imported, so they may give access.
    bool canGiveAccess() const;
    void mappingChanged();
    void refreshPreview();
    void start(bool dryRun);
    void showResult(const Expected<ImportResult> &outcome);
    void showProgress();
    void setBusy(bool busy);

    ConsoleContext m_ctx;
    Expected<ImportSource> m_source;
    ImportRow::Options m_rowOptions;
    ImportPreviewModel *m_preview = nullptr;
    QLabel *m_format = nullptr;
    QComboBox *m_layout = nullptr;
    QList<QComboBox *> m_columns; // one per ImportField, in allImportFields order
    QCheckBox *m_payments = nullptr;
    QCheckBox *m_giveAccess = nullptr;
    QLabel *m_previewNote = nullptr;
    QTableView *m_previewTable = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    ImportReportView *m_report = nullptr;
    QPushButton *m_dryRun = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_progressTimer = nullptr;
    JobRunner *m_jobs = nullptr;
    std::atomic<bool> m_cancelRequested = false;
    std::atomic<qint64> m_done = 0;
    std::atomic<qint64> m_total = 0;
    bool m_lastWasDryRun = false;
    bool m_updating = false; // filling the combos: do not react to their signals
};

} // namespace pinedesk
