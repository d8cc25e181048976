#pragma once

#include "ConsoleContext.h"
#include "bulk/BulkDraft.h"
#include "bulk/BulkHoldings.h"
#include "domain/Expected.h"
#include "services/ServiceContext.h"
#include "sync/SyncConfig.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace pinedesk {

class BulkCheckModel;
class JobRunner;
class UsernameCheck;

// Step 3 of the bulk wizard: every username checked against TradingView in the background
// (progress, cancel), paced so thousands of checks survive rate limits. Valid ones get their
// canonical spelling; ones not found are left out unless corrected in the table; errors can be
// checked again. Next to each: whether it is a client and what it holds now. Usernames that are
// not clients yet are added as clients when the run is queued (or left out, if unticked).
class BulkCheckPage final : public QWizardPage
{
    Q_OBJECT

public:
    BulkCheckPage(ConsoleContext context, BulkDraft &draft, QWidget *parent = nullptr);
    ~BulkCheckPage() override;

    // How fast usernames are looked up (the lookup call class of the sync configuration).
    void setPace(const SyncConfig &config);
    BulkCheckModel *model() const { return m_model; }
    bool isChecking() const;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    using NamedIndicators = QList<std::pair<qint64, QString>>;
    struct Holdings
    {
        NamedIndicators indicators; // the ones the change touches, with their names
        QList<BulkHoldings::Summary> summaries;
        QString error;
    };
    void loadHoldings();
    void showHoldings(const Holdings &holdings);
    void onResult(int index);
    void onFinished(bool cancelled);
    void onEdited(int row, const QString &username);
    void updateCounts();
    // The indicators the request touches (its own, and its plans'), read on a worker.
    static Expected<NamedIndicators> relevantIndicators(const ServiceContext &context,
                                                        const BulkRequest &request);

    ConsoleContext m_ctx;
    BulkDraft &m_draft;
    BulkCheckModel *m_model;
    QSortFilterProxyModel *m_proxy;
    UsernameCheck *m_check = nullptr;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QLabel *m_counts;
    QComboBox *m_filter;
    QTableView *m_table;
    QCheckBox *m_createClients;
    QTimer *m_countsTimer;
    JobRunner *m_jobs;
    NamedIndicators m_indicators;
    SyncConfig m_pace;
    bool m_holdingsLoaded = false;
    bool m_cancelled = false;
};

} // namespace pinedesk
