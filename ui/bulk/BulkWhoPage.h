#pragma once

#include "ConsoleContext.h"
#include "bulk/BulkDraft.h"
#include "crm/Segment.h"

#include <QStringList>
#include <QWizardPage>

#include <atomic>
#include <functional>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace pinedesk {

class JobControl;
class JobRunner;

// Step 1 of the bulk wizard: who the run is for. Usernames pasted in any shape, a column of a
// CSV file, a saved CRM segment or the clients selected in a page; the count of usernames (and
// what was merged or refused) is shown as the vendor goes. Files and segments are read on a
// worker thread.
class BulkWhoPage final : public QWizardPage
{
    Q_OBJECT

public:
    enum class Source { Paste, File, Segment, Selection };

    BulkWhoPage(ConsoleContext context, BulkDraft &draft, QWidget *parent = nullptr);
    ~BulkWhoPage() override;

    // The clients selected elsewhere (the "current selection" source), chosen at once.
    void setSelection(const QStringList &usernames, const QString &audience);
    void setSource(Source source);
    // Reads a CSV file (as "Choose file…" does once a file is picked).
    void openCsv(const QString &path);
    // True while a file or a segment is being read.
    bool isLoading() const;
    const BulkRecipients &recipients() const { return m_current; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void chooseFile();
    void loadCsvColumn();
    void loadSegment();
    void parsePaste();
    using Work = std::function<Expected<BulkRecipients>(JobControl &control)>;
    void load(Work work);
    void showRecipients(const BulkRecipients &recipients);
    Source source() const;

    ConsoleContext m_ctx;
    BulkDraft &m_draft;
    QButtonGroup *m_sources;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_paste;
    QTimer *m_parseTimer;
    QPushButton *m_chooseFile;
    QLabel *m_fileName;
    QComboBox *m_column;
    QCheckBox *m_header;
    QComboBox *m_segment;
    QLabel *m_selectionText;
    QLabel *m_count;
    QLabel *m_rejected;
    QString m_csvPath;
    QStringList m_selection;
    QString m_selectionAudience;
    BulkRecipients m_current;
    JobRunner *m_jobs;
    QList<Segment> m_segments; // as read when the page was shown
    Source m_loadingFor = Source::Paste;
};

} // namespace pinedesk
