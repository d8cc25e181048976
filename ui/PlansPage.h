#pragma once

#include "jobs/JobRunner.h"

#include "ConsoleContext.h"
#include "items/PlanTableModel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pinedesk {

// What the vendor sells: plans bundling indicators with a default duration and a price, with
// how many clients hold each now. New, edit, deactivate (stop offering) and delete. The table
// loads on a worker thread.
class PlansPage final : public QWidget
{
    Q_OBJECT

public:
    PlansPage(ConsoleContext context, QWidget *parent = nullptr);
    // Waits for a load still running: it uses the database, which may go right after.
    ~PlansPage() override;

    PlanTableModel *model() const { return m_model; }
    bool isLoading() const { return m_jobs->isRunning(); }
    QString message() const;
    qint64 selectedId() const;
    bool select(qint64 id);

public Q_SLOTS:
    void reload();
    void newPlan();
    void editSelected();
    void toggleActive();
    void deleteSelected();

Q_SIGNALS:
    void loaded();
    void plansChanged();

private:
    using Rows = Expected<QList<PlanTableModel::Row>>;
    void showRows(const Rows &rows);
    void updateButtons();
    void changed(qint64 selectAfterLoad, const QString &message);
    const PlanTableModel::Row *selectedRow() const;

    ConsoleContext m_ctx;
    PlanTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    JobRunner *m_jobs = nullptr;
    qint64 m_selectAfterLoad = 0;
    bool m_emptyShown = false; // the message is the no-plans hint

    QTableView *m_table;
    QLabel *m_message;
    QPushButton *m_edit;
    QPushButton *m_activate;
    QPushButton *m_delete;
};

} // namespace pinedesk
