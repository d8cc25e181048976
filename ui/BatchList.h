#pragma once

#include "services/ServiceContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pinedesk {

class JobRunner;
class SyncBatchModel;

// The Sync page's list of batches (a bulk run, a reconciliation's fixes, ...) with a progress
// bar each, and the controls for one batch: pause or resume it, cancel what still waits.
class BatchList final : public QWidget
{
    Q_OBJECT

public:
    explicit BatchList(ServiceContext context, QWidget *parent = nullptr);

    SyncBatchModel *model() const { return m_model; }
    qint64 selectedBatchId() const;
    bool selectBatch(qint64 batchId);
    bool isLoading() const;

public Q_SLOTS:
    // Reads the batches on a worker; loaded() when they are shown.
    void reload();
    void togglePause();
    void cancelBatch();

Q_SIGNALS:
    // A batch was paused, resumed or cancelled; `message` says what happened. The engine may
    // have new work (resumed), so the page wakes it.
    void changed(const QString &message);
    void loaded();

private:
    void updateButtons();

    ServiceContext m_ctx;
    SyncBatchModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QLabel *m_error;
    JobRunner *m_jobs;
};

} // namespace pinedesk
