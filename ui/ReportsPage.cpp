#include "ReportsPage.h"

#include "Prompter.h"
#include "domain/Clock.h"
#include "jobs/JobRunner.h"
#include "store/Database.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const CsvReport::Kind kinds[] = {CsvReport::Kind::Accesses, CsvReport::Kind::Payments,
                                 CsvReport::Kind::AuditLog};

} // namespace

ReportsPage::ReportsPage(ConsoleContext context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(std::move(context))
    , m_reports(new QListWidget(this))
    , m_description(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_jobs(new JobRunner(m_ctx.database, this))
{
    setObjectName(u"reportsPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Reports"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);

    m_reports->setObjectName(u"reports"_s);
    for (CsvReport::Kind kind : kinds)
        m_reports->addItem(CsvReport::title(kind));
    m_reports->setMaximumHeight(m_reports->sizeHintForRow(0) * 4 + 8);
    layout->addWidget(m_reports);
    m_description->setWordWrap(true);
    layout->addWidget(m_description);

    auto *form = new QFormLayout;
    const QDate today = m_ctx.clock.nowUtc().date();
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-1));
    m_to->setDate(QDate(today.year(), today.month(), 1).addDays(-1));
    m_from->setObjectName(u"from"_s);
    m_to->setObjectName(u"to"_s);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    layout->addLayout(form);

    auto *row = new QHBoxLayout;
    m_export->setObjectName(u"exportButton"_s);
    m_cancel->setObjectName(u"cancelButton"_s);
    row->addWidget(m_export);
    row->addWidget(m_cancel);
    row->addWidget(m_progress, 1);
    layout->addLayout(row);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addStretch();

    connect(m_reports, &QListWidget::currentRowChanged, this, &ReportsPage::updateState);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::exportReport);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancel);
    connect(m_jobs, &JobRunner::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(int(done * 100 / qMax<qint64>(1, total)));
    });
    m_reports->setCurrentRow(0);
    updateState();
}

ReportsPage::~ReportsPage()
{
    // The runner (a child) waits for the writer when it is destroyed, after this.
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

CsvReport::Kind ReportsPage::chosen() const
{
    return kinds[qBound(0, m_reports->currentRow(), 2)];
}

void ReportsPage::chooseReport(CsvReport::Kind kind)
{
    for (int i = 0; i < 3; ++i) {
        if (kinds[i] == kind)
            m_reports->setCurrentRow(i);
    }
}

void ReportsPage::setPeriod(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

QString ReportsPage::message() const
{
    return m_message->text();
}

void ReportsPage::updateState()
{
    const CsvReport::Kind kind = chosen();
    m_description->setText(CsvReport::description(kind));
    m_from->setEnabled(CsvReport::hasPeriod(kind) && !m_running);
    m_to->setEnabled(CsvReport::hasPeriod(kind) && !m_running);
    m_export->setEnabled(!m_running);
    m_reports->setEnabled(!m_running);
    m_cancel->setVisible(m_running);
    m_progress->setVisible(m_running);
}

void ReportsPage::exportReport()
{
    const CsvReport::Kind kind = chosen();
    const QString path = Prompter::instance().saveFile(
        this, tr("Export %1").arg(CsvReport::title(kind)),
        CsvReport::suggestedFileName(kind, m_from->date(), m_to->date()), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ReportsPage::exportTo(const QString &path)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_progress->setValue(0);
    m_message->setText(tr("Writing %1…").arg(path));
    updateState();
    Database *database = &m_ctx.database;
    const auto flag = m_cancelFlag;
    const CsvReport::Kind kind = chosen();
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    m_jobs->run<Expected<qint64>>(
        [database, kind, from, to, path, flag](JobControl &control) {
            return CsvReport::write(
                *database, kind, from, to, path, *flag,
                [&control](qint64 done, qint64 total) { control.reportProgress(done, total); });
        },
        [this](const Expected<qint64> &result) {
            m_running = false;
            m_message->setText(result ? tr("%Ln row(s) written.", nullptr, int(*result))
                                      : result.error().message());
            updateState();
        });
}

void ReportsPage::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

} // namespace pinedesk
