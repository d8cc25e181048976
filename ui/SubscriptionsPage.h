#pragma once

#include "jobs/JobRunner.h"

#include "ConsoleContext.h"
#include "domain/Duration.h"
#include "items/AccessQuery.h"
#include "services/AccessService.h"
#include "sync/AccessSelection.h"

#include <QSet>
#include <QWidget>

#include <functional>

class QAbstractButton;
class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace pinedesk {

class AccessFilterBar;
class AccessTableModel;

// Every access of every client, with status filters and search, and the vendor's actions on a
// selection: extend (7D / 30D / 90D / 1Y / lifetime / until a date), revoke and change plan.
// Changes go through AccessChanges (queued for the sync engine); database work runs on a worker
// so the window never stalls, and the result is said in the message line.
class SubscriptionsPage final : public QWidget
{
    Q_OBJECT

public:
    SubscriptionsPage(ConsoleContext context, QWidget *parent = nullptr);
    // Waits for the action still running: it uses the database.
    ~SubscriptionsPage() override;

    AccessTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString message() const;
    bool isBusy() const { return m_jobs->isRunning() || m_busy; }

public Q_SLOTS:
    // Reads the table again (e.g. when the sync engine settled or the page is shown).
    void reload();
    void extendSelected(const Duration &duration);
    void extendSelectedUntil(); // asks for the date
    void revokeSelected();
    void changePlanOfSelected();

Q_SIGNALS:
    // Changes were queued for TradingView: the sync engine has work.
    void changesQueued();
    // An action ended (done, refused or cancelled); message() says how.
    void actionFinished();

private:
    struct JobResult
    {
        QString error;
        QList<SelectedAccess> selection;
        AccessSelection::Outcome outcome;
    };
    using Work = std::function<JobResult(const StoreContext &)>;
    using Then = std::function<void(const JobResult &)>;
    using AccessChange = std::function<Expected<AccessSelection::Outcome>(AccessService &)>;

    QWidget *buildActions();
    void runJob(const QString &progress, Work work, Then then);
    // Reads the selected accesses on the worker, then hands them to `then`.
    void withSelection(const Then &then);
    // Applies a change to the selection on the worker, then reports and reloads.
    void applyAndReport(const QString &progress, const QList<SelectedAccess> &selection,
                        AccessChange change);
    void finish(const QString &message);
    void setBusy(bool busy);
    void updateSummary();
    void restoreSelection();

    ConsoleContext m_ctx;
    AccessTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    AccessFilterBar *m_filters;
    QLabel *m_summary;
    QLabel *m_message;
    QToolButton *m_extend = nullptr;
    QPushButton *m_revoke = nullptr;
    QPushButton *m_changePlan = nullptr;
    QList<QAction *> m_actions;
    JobRunner *m_jobs = nullptr;
    bool m_busy = false;
    QSet<qint64> m_reselect; // accesses to select again once the table reloaded
};

} // namespace pinedesk
