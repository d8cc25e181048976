#include "PaymentsPage.h"

#include "PageParts.h"
#include "PaymentDialog.h"
#include "Prompter.h"
#include "items/PaymentTableModel.h"
#include "reports/PaymentCsv.h"
#include "services/ChangeFeed.h"
#include "services/PaymentService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

PaymentsPage::PaymentsPage(ConsoleContext context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(std::move(context))
    , m_model(new PaymentTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_jobs(new JobRunner(m_ctx.database, this))
    , m_exports(new JobRunner(m_ctx.database, this))
    , m_period(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_record(new QPushButton(tr("&Record payment…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
    , m_totals(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"paymentsPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(PageParts::title(tr("Payments"), this));

    m_period->setObjectName(u"paymentPeriod"_s);
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("Last 3 months"), int(Period::Last3Months));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("All time"), int(Period::AllTime));
    m_status->setObjectName(u"paymentStatusFilter"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), -1);
    for (PaymentStatus s :
         {PaymentStatus::Paid, PaymentStatus::PartiallyRefunded, PaymentStatus::Refunded,
          PaymentStatus::Disputed, PaymentStatus::Failed})
        m_status->addItem(PaymentStatusNames::displayName(s), int(s));
    m_source->setObjectName(u"paymentSource"_s);
    m_source->setAccessibleName(tr("Source"));
    m_source->addItem(tr("Any source"), QString());
    m_search->setObjectName(u"paymentSearch"_s);
    m_search->setPlaceholderText(tr("Client, e-mail or reference"));
    m_search->setAccessibleName(tr("Search payments"));
    m_search->setClearButtonEnabled(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_period);
    filters->addWidget(m_status);
    filters->addWidget(m_source);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    m_record->setObjectName(u"recordPayment"_s);
    m_record->setToolTip(tr("A payment received outside the stores: PayPal, crypto, a bank "
                            "transfer"));
    m_edit->setObjectName(u"editPayment"_s);
    m_export->setObjectName(u"exportPayments"_s);
    m_export->setToolTip(tr("Save the payments shown as a CSV file"));
    m_totals->setObjectName(u"paymentTotals"_s);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_totals, 1);
    bar->addWidget(m_record);
    bar->addWidget(m_edit);
    bar->addWidget(m_export);
    layout->addLayout(bar);
    m_message->setObjectName(u"paymentsMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PaymentTableModel::SortRole);
    m_table->setObjectName(u"paymentsTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PaymentTableModel::PaidAt, Qt::DescendingOrder);
    PageParts::setUpRecordTable(m_table);
    layout->addWidget(m_table, 1);

    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &PaymentsPage::reload);
    for (QComboBox *combo : {m_period, m_status, m_source})
        connect(combo, &QComboBox::currentIndexChanged, this, &PaymentsPage::reload);
    connect(m_record, &QPushButton::clicked, this, &PaymentsPage::recordPayment);
    connect(m_edit, &QPushButton::clicked, this, &PaymentsPage::editSelected);
    connect(m_export, &QPushButton::clicked, this, &PaymentsPage::exportCsv);
    connect(m_table, &QTableView::doubleClicked, this, &PaymentsPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PaymentsPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PaymentsPage::updateButtons);
    if (m_ctx.feed) {
        connect(m_ctx.feed, &ChangeFeed::changed, this, [this](Changes changes) {
            if (changes.testFlag(Change::Payments) && isVisible())
                reload();
        });
    }
    updateButtons();
}

PaymentsPage::~PaymentsPage()
{
    delete m_exports; // wait for work still running: it uses the database
    delete m_jobs;
}

void PaymentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fillSources();
    reload();
}

QString PaymentsPage::message() const
{
    return m_message->text();
}

QString PaymentsPage::totalsText() const
{
    return m_totals->text();
}

void PaymentsPage::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void PaymentsPage::setSearchText(const QString &text)
{
    const QSignalBlocker quiet(m_search); // reloaded once, now
    m_search->setText(text);
    reload();
}

PaymentFilter PaymentsPage::filter() const
{
    PaymentFilter f;
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    switch (Period(m_period->currentData().toInt())) {
    case Period::Last30Days:
        f.from = today.addDays(-29);
        break;
    case Period::ThisMonth:
        f.from = QDate(today.year(), today.month(), 1);
        break;
    case Period::Last3Months:
        f.from = today.addMonths(-3).addDays(1);
        break;
    case Period::ThisYear:
        f.from = QDate(today.year(), 1, 1);
        break;
    case Period::AllTime:
        break;
    }
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        f.status = PaymentStatus(status);
    f.source = m_source->currentData().toString();
    f.text = m_search->text().trimmed();
    return f;
}

void PaymentsPage::fillSources()
{
    // A short list of names: read here, as the combo opens with the page.
    const auto sources = PaymentService(m_ctx.services()).sources();
    if (!sources)
        return;
    const QString chosen = m_source->currentData().toString();
    const QSignalBlocker quiet(m_source);
    while (m_source->count() > 1)
        m_source->removeItem(1);
    for (const QString &source : *sources)
        m_source->addItem(source, source);
    m_source->setCurrentIndex(std::max(0, m_source->findData(chosen)));
}

void PaymentsPage::reload()
{
    const ServiceContext services = m_ctx.services();
    const PaymentFilter f = filter();
    m_message->setText(tr("Loading payments…"));
    m_jobs->run<Rows>([services, f](JobControl &) { return PaymentService(services).payments(f); },
                      [this](const Rows &rows) {
                          showRows(rows);
                          Q_EMIT loaded();
                      });
}

void PaymentsPage::showRows(const Rows &rows)
{
    if (!rows) {
        m_model->setRows({});
        m_totals->clear();
        m_message->setText(tr("The payments could not be read: %1").arg(rows.error()));
        return;
    }
    const qint64 keep = selectedId();
    m_model->setRows(*rows);
    if (keep != 0)
        select(keep);
    QStringList totals;
    const QMap<QString, qint64> kept = m_model->keptTotals();
    for (auto it = kept.cbegin(); it != kept.cend(); ++it)
        totals.append(Money(it.value(), it.key()).toDisplayString(QLocale()));
    m_totals->setText(rows->isEmpty()
                          ? QString()
                          : tr("%n payment(s); kept: %1", nullptr, int(rows->size()))
                                .arg(totals.isEmpty() ? tr("nothing") : totals.join(u" · "_s)));
    if (rows->isEmpty()) {
        m_message->setText(filter().text.isEmpty() && !filter().status && filter().source.isEmpty()
                               ? tr("No payments in this period. Record one received by hand, "
                                    "import a store's export (Clients › Import), or let "
                                    "'pinedesk serve' receive them from your store.")
                               : tr("No payment matches these filters."));
    } else if (int(rows->size()) >= filter().limit) {
        m_message->setText(tr("Showing the newest %L1 payments; narrow the period to see older "
                              "ones.")
                               .arg(filter().limit));
    } else {
        m_message->clear();
    }
    updateButtons();
}

qint64 PaymentsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(PaymentTableModel::IdRole).toLongLong();
}

bool PaymentsPage::select(qint64 id)
{
    const QModelIndex shown = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
    if (!shown.isValid())
        return false;
    m_table->selectRow(shown.row());
    m_table->scrollTo(shown);
    return true;
}

void PaymentsPage::updateButtons()
{
    m_edit->setEnabled(selectedId() != 0);
    m_export->setEnabled(m_model->rowCount() > 0);
}

void PaymentsPage::recordPayment()
{
    auto *dialog = new PaymentDialog(m_ctx, std::nullopt, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaymentDialog::saved, this, [this](qint64 id) {
        m_message->setText(tr("Payment recorded."));
        fillSources();
        m_jobs->run<Rows>([services = m_ctx.services(), f = filter()](
                              JobControl &) { return PaymentService(services).payments(f); },
                          [this, id](const Rows &rows) {
                              showRows(rows);
                              select(id);
                              Q_EMIT loaded();
                          });
    });
    dialog->open();
}

void PaymentsPage::editSelected()
{
    const int row = m_model->rowOf(selectedId());
    const PaymentRow *current = m_model->rowAt(row);
    if (!current)
        return;
    auto *dialog = new PaymentDialog(m_ctx, *current, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaymentDialog::saved, this, &PaymentsPage::reload);
    dialog->open();
}

void PaymentsPage::exportCsv()
{
    const QString path = Prompter::instance().saveFile(
        this, tr("Export payments"),
        u"payments-%1.csv"_s.arg(m_ctx.clock.nowUtc().date().toString(Qt::ISODate)),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void PaymentsPage::exportTo(const QString &path)
{
    const QList<PaymentRow> rows = m_model->rows();
    m_export->setEnabled(false);
    m_exports->run<Expected<qint64>>(
        [rows, path](JobControl &) { return PaymentCsv::write(rows, path); },
        [this, path](const Expected<qint64> &written) {
            updateButtons();
            if (!written) {
                m_message->setText(written.error().message());
                Q_EMIT exported(Status::failure(written.error()));
                return;
            }
            m_message->setText(
                tr("%n payment(s) written to %1.", nullptr, int(*written)).arg(path));
            Q_EMIT exported(Status());
        });
}

} // namespace pinedesk
