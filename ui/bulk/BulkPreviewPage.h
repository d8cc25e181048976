#pragma once

#include "ConsoleContext.h"
#include "bulk/BulkDraft.h"

#include <QWizardPage>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace pinedesk {

class BulkPreviewModel;
class JobRunner;

// Step 4 of the bulk wizard: per user, what the run will change, with the totals (new grants,
// extensions, no changes, revokes) and warnings (lifetime holders, retired indicators, users
// without e-mail, new clients). Worked out on a worker thread from the intent in the database.
// Nothing is queued before the vendor confirms this page (it is the wizard's commit page); the
// run can be saved as a named campaign here.
class BulkPreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    BulkPreviewPage(ConsoleContext context, BulkDraft &draft, QWidget *parent = nullptr);
    ~BulkPreviewPage() override;

    bool isComputing() const;
    const std::optional<BulkPreview::Result> &preview() const { return m_preview; }
    BulkPreviewModel *model() const { return m_model; }
    // Ticks "save as a campaign" with this name (as typing it does).
    void saveAsCampaign(const QString &name);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    // The preview is shown (or the reason it could not be worked out).
    void previewShown();

private:
    void showPreview(const Expected<BulkPreview::Result> &result);

    ConsoleContext m_ctx;
    BulkDraft &m_draft;
    BulkPreviewModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_status;
    QLabel *m_users;
    QLabel *m_grants;
    QLabel *m_extensions;
    QLabel *m_noChanges;
    QLabel *m_revokes;
    QLabel *m_warnings;
    QComboBox *m_filter;
    QTableView *m_table;
    QGroupBox *m_campaignBox;
    QLineEdit *m_campaignName;
    QLineEdit *m_audience;
    QLineEdit *m_offer;
    JobRunner *m_jobs;
    std::optional<BulkPreview::Result> m_preview;
};

} // namespace pinedesk
