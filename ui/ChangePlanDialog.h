#pragma once

#include "jobs/JobRunner.h"

#include "store/StoreContext.h"
#include "sync/PlanChange.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pinedesk {

// "Change plan…" on the Subscriptions page: the vendor picks the plan the selected clients move
// to and sees, before anything is queued, what it means per client (grants, extensions,
// revokes, lifetime accesses kept or lost). The diff is computed on a worker thread.
class ChangePlanDialog final : public QDialog
{
    Q_OBJECT

public:
    ChangePlanDialog(StoreContext context, QList<SelectedAccess> selection,
                     QWidget *parent = nullptr);
    // Waits for a computation still running: it uses the database.
    ~ChangePlanDialog() override;

    // The diff shown, once computed for the chosen plan.
    const std::optional<PlanChange::Diff> &diff() const { return m_diff; }
    bool isComputing() const { return m_jobs->isRunning(); }
    // Chooses the target plan (as picking it in the list does).
    void choosePlan(qint64 planId);

    static constexpr int maxListedClients = 500;

Q_SIGNALS:
    // The diff for the chosen plan is shown (or the reason it could not be computed).
    void diffShown();

private:
    void compute();
    void showDiff(const Expected<PlanChange::Diff> &result);
    void listClients(const PlanChange::Diff &diff);

    StoreContext m_ctx;
    QList<SelectedAccess> m_selection;
    QComboBox *m_plans;
    QLabel *m_summary;
    QLabel *m_lifetime;
    QTableWidget *m_clients;
    QPushButton *m_queue;
    JobRunner *m_jobs = nullptr;
    std::optional<PlanChange::Diff> m_diff;
};

} // namespace pinedesk
