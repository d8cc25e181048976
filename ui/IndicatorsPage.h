#pragma once

#include "jobs/JobRunner.h"

#include "ConsoleContext.h"
#include "items/IndicatorTableModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pinedesk {

// The catalog of the vendor's scripts: search and filter by status, create and edit indicators
// (with their versions), retire or reactivate them, delete unused ones, and import the account's
// scripts from TradingView. The table loads on a worker thread.
class IndicatorsPage final : public QWidget
{
    Q_OBJECT

public:
    IndicatorsPage(ConsoleContext context, QWidget *parent = nullptr);
    // Waits for a load still running: it uses the database, which may go right after.
    ~IndicatorsPage() override;

    IndicatorTableModel *model() const { return m_model; }
    bool isLoading() const { return m_jobs->isRunning(); }
    QString message() const;
    // The indicator selected in the table, or 0.
    qint64 selectedId() const;
    // Selects an indicator by id (when it is shown); false if it is filtered out or unknown.
    bool select(qint64 id);

public Q_SLOTS:
    void reload();
    void newIndicator();
    void editSelected();
    void toggleRetired();
    void deleteSelected();
    void importFromTradingView();

Q_SIGNALS:
    void loaded();
    // Something in the catalog changed (pages that show indicators may reload).
    void catalogChanged();

private:
    using Rows = Expected<QList<IndicatorTableModel::Row>>;
    void showRows(const Rows &rows);
    void applyFilters();
    void updateButtons();
    void changed(qint64 selectAfterLoad, const QString &message);
    const IndicatorTableModel::Row *selectedRow() const;

    ConsoleContext m_ctx;
    IndicatorTableModel *m_model;
    QSortFilterProxyModel *m_statusFilter;
    QSortFilterProxyModel *m_proxy;
    JobRunner *m_jobs = nullptr;
    qint64 m_selectAfterLoad = 0;
    bool m_emptyShown = false; // the message is the empty-catalog hint

    QLineEdit *m_search;
    QComboBox *m_status;
    QTableView *m_table;
    QLabel *m_message;
    QPushButton *m_edit;
    QPushButton *m_retire;
    QPushButton *m_delete;
    QPushButton *m_import;
};

} // namespace pinedesk
