#pragma once

#include "ConsoleContext.h"
#include "domain/Expected.h"
#include "jobs/JobRunner.h"
#include "payments/PaymentRow.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pinedesk {

class PaymentTableModel;

// Every payment, from the stores and recorded by hand: filtered by period, status, source and
// client; what was kept per currency (never added across currencies); record a payment (which
// can grant its plan's access through the queue), edit one, export the view as CSV. Loads and
// exports on workers; follows the change feed.
class PaymentsPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Period { Last30Days, ThisMonth, Last3Months, ThisYear, AllTime };

    PaymentsPage(ConsoleContext context, QWidget *parent = nullptr);
    ~PaymentsPage() override;

    PaymentTableModel *model() const { return m_model; }
    bool isLoading() const { return m_jobs->isRunning(); }
    QString message() const;
    QString totalsText() const;
    PaymentFilter filter() const;
    void setPeriod(Period period);
    void setSearchText(const QString &text);
    qint64 selectedId() const;
    bool select(qint64 id);
    // Writes the rows shown to `path` on a worker; exported() says how it went.
    void exportTo(const QString &path);

public Q_SLOTS:
    void reload();
    void recordPayment();
    void editSelected();
    void exportCsv();

Q_SIGNALS:
    void loaded();
    void exported(const pinedesk::Status &status);

protected:
    void showEvent(QShowEvent *event) override;

private:
    using Rows = Expected<QList<PaymentRow>>;
    void showRows(const Rows &rows);
    void fillSources();
    void updateButtons();

    ConsoleContext m_ctx;
    PaymentTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    JobRunner *m_jobs;
    JobRunner *m_exports;
    QComboBox *m_period;
    QComboBox *m_status;
    QComboBox *m_source;
    QLineEdit *m_search;
    QPushButton *m_record;
    QPushButton *m_edit;
    QPushButton *m_export;
    QLabel *m_totals;
    QLabel *m_message;
    QTableView *m_table;
};

} // namespace pinedesk
