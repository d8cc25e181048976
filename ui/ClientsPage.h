#pragma once

#include "ConsoleContext.h"
#include "crm/Segment.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace pinedesk {

class JobRunner;

class ClientFilterPanel;
class ClientTableModel;

// The CRM: every client in a table that stays fast with a million of them, search as you type,
// combinable filters saved as named segments, the client profile, import and export, and the
// selection handed to grant / extend / revoke.
class ClientsPage final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int searchDelayMs = 200;
    // Selections up to this many rows are read from the table for an action.
    static constexpr int maxSelection = 100000;
    // Each deletion is checked and audited on its own, on the GUI thread: kept small.
    static constexpr int maxDelete = 1000;

    explicit ClientsPage(ConsoleContext context, QWidget *parent = nullptr);
    // Waits for an export still writing (it reads the database).
    ~ClientsPage() override;
    bool isExporting() const { return m_exporting; }

    ClientTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString message() const;
    // The usernames of the selected clients (read in ranges: fine for a large selection).
    QStringList selectedUsernames() const;
    QList<qint64> selectedIds() const;

public Q_SLOTS:
    void refresh();
    void newClient();
    void openSelected();
    void deleteSelected();
    void saveSegment();
    void deleteSegment();
    void importClients();
    void exportView();
    // Exports the current view to `path` in the background (exportView() asks for the path).
    void exportTo(const QString &path);
    void changeAccess(int mode);
    // Shows the clients of a filter (from the Analytics page: exactly the clients behind a
    // figure, named by the filter's label), ready to save as a segment or to select.
    void showClients(const ClientFilter &filter);

Q_SIGNALS:
    void changesQueued();
    // The vendor wants the bulk wizard for these clients (the bulk wizard issue builds on this).
    void bulkRequested(const QStringList &usernames);
    void dataChanged();

private:
    QList<std::pair<int, int>> selectedRanges() const;
    bool selectionTooLarge() const;
    void applyFilter();
    void showCount();
    void loadIndicatorChoices();
    void reloadSegments();
    void chooseSegment(int index);
    void openProfile(qint64 clientId);
    void setPinned(const std::optional<QList<qint64>> &ids, const QString &label);

    ConsoleContext m_ctx;
    JobRunner *m_jobs = nullptr;
    ClientTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_segments;
    QToolButton *m_filtersToggle;
    ClientFilterPanel *m_filters;
    QLabel *m_count;
    QLabel *m_message;
    QTimer *m_searchTimer;
    QList<Segment> m_savedSegments;
    // Its own runner: starting an export must not make a running deletion stale.
    JobRunner *m_exportJobs = nullptr;
    // Cancel goes through the writer's own flag, so its "cancelled" result still arrives.
    std::shared_ptr<std::atomic<bool>> m_cancelExport;
    QPointer<QProgressDialog> m_exportProgress;
    bool m_exporting = false;
    QWidget *m_pinned = nullptr;
    QLabel *m_pinnedText = nullptr;
    std::optional<QList<qint64>> m_pinnedIds;
    QString m_pinnedLabel;
};

} // namespace pinedesk
