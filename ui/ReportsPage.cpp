#include "ReportsPage.h"

#include "Prompter.h"
#include "analytics/AnalyticsLoader.h"
#include "domain/Clock.h"
#include "jobs/JobRunner.h"
#include "print/BusinessPdf.h"
#include "print/ClientListPdf.h"
#include "print/ExpiryAgendaPdf.h"
#include "print/PdfFile.h"
#include "store/Database.h"

#include <QComboBox>
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

using Choice = ReportsPage::Choice;
const Choice choices[] = {Choice::Accesses,    Choice::Payments,  Choice::AuditLog,
                          Choice::BusinessPdf, Choice::AgendaPdf, Choice::ClientsPdf};

bool isPdf(Choice c)
{
    return c == Choice::BusinessPdf || c == Choice::AgendaPdf || c == Choice::ClientsPdf;
}

CsvReport::Kind csvKind(Choice c)
{
    return c == Choice::Payments   ? CsvReport::Kind::Payments
           : c == Choice::AuditLog ? CsvReport::Kind::AuditLog
                                   : CsvReport::Kind::Accesses;
}

QString titleOf(Choice c)
{
    switch (c) {
    case Choice::BusinessPdf:
        return ReportsPage::tr("Business report (PDF)");
    case Choice::AgendaPdf:
        return ReportsPage::tr("Expiry agenda (PDF)");
    case Choice::ClientsPdf:
        return ReportsPage::tr("Client list (PDF)");
    default:
        return ReportsPage::tr("%1 (CSV)").arg(CsvReport::title(csvKind(c)));
    }
}

QString descriptionOf(Choice c)
{
    switch (c) {
    case Choice::BusinessPdf:
        return ReportsPage::tr(
            "The business figures of the months from the first to the last date: every figure "
            "with its change against the months before and its definition, the charts, the "
            "months, the cohorts, the indicators and plans and the revenue at risk.");
    case Choice::AgendaPdf:
        return ReportsPage::tr("Every access that ends between the two dates, day by day, "
                               "with the client, the indicator and where the sync stands.");
    case Choice::ClientsPdf:
        return ReportsPage::tr("Every client with the e-mail, status, since when, the last "
                               "payment and the active accesses. (The Clients page prints the "
                               "clients of a search or a segment.)");
    default:
        return CsvReport::description(csvKind(c));
    }
}

bool hasPeriod(Choice c)
{
    if (c == Choice::ClientsPdf)
        return false;
    return isPdf(c) || CsvReport::hasPeriod(csvKind(c));
}

} // namespace

ReportsPage::ReportsPage(ConsoleContext context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(std::move(context))
    , m_reports(new QListWidget(this))
    , m_description(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_paper(new QComboBox(this))
    , m_export(new QPushButton(tr("&Export…"), this))
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
    for (Choice choice : choices)
        m_reports->addItem(titleOf(choice));
    m_reports->setMaximumHeight(m_reports->sizeHintForRow(0) * 7 + 8);
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
    m_paper->setObjectName(u"paper"_s);
    for (auto paper : {PageSetup::Paper::A4, PageSetup::Paper::Letter})
        m_paper->addItem(PageSetup::paperName(paper), int(paper));
    // The paper is the business's (every PDF, from here, the other pages and the command line).
    m_paper->setCurrentIndex(m_paper->findData(int(PageSetup::load(m_ctx.store()).paper)));
    form->addRow(tr("&Paper:"), m_paper);
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
    connect(m_paper, &QComboBox::activated, this, [this] {
        const auto paper = PageSetup::Paper(m_paper->currentData().toInt());
        if (const Status s = PageSetup::savePaper(m_ctx.store(), paper); !s)
            m_message->setText(s.error().message());
    });
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

ReportsPage::Choice ReportsPage::chosen() const
{
    return choices[qBound(0, m_reports->currentRow(), int(std::size(choices)) - 1)];
}

void ReportsPage::choose(Choice choice)
{
    for (int i = 0; i < int(std::size(choices)); ++i) {
        if (choices[i] == choice)
            m_reports->setCurrentRow(i);
    }
}

void ReportsPage::chooseReport(CsvReport::Kind kind)
{
    choose(kind == CsvReport::Kind::Payments   ? Choice::Payments
           : kind == CsvReport::Kind::AuditLog ? Choice::AuditLog
                                               : Choice::Accesses);
}

void ReportsPage::setPaper(PageSetup::Paper paper)
{
    m_paper->setCurrentIndex(m_paper->findData(int(paper)));
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
    const Choice choice = chosen();
    m_description->setText(descriptionOf(choice));
    m_from->setEnabled(hasPeriod(choice) && !m_running);
    m_to->setEnabled(hasPeriod(choice) && !m_running);
    m_paper->setEnabled(isPdf(choice) && !m_running);
    m_export->setEnabled(!m_running);
    m_reports->setEnabled(!m_running);
    m_cancel->setVisible(m_running);
    m_progress->setVisible(m_running);
}

void ReportsPage::exportReport()
{
    const Choice choice = chosen();
    const QString suggested =
        choice == Choice::BusinessPdf
            ? tr("business-report-%1-to-%2.pdf")
                  .arg(m_from->date().toString(u"yyyy-MM"_s), m_to->date().toString(u"yyyy-MM"_s))
        : choice == Choice::AgendaPdf
            ? ExpiryAgendaPdf::suggestedFileName(m_from->date(), m_to->date())
        : choice == Choice::ClientsPdf
            ? tr("clients.pdf")
            : CsvReport::suggestedFileName(csvKind(choice), m_from->date(), m_to->date());
    const QString path = Prompter::instance().saveFile(
        this, tr("Export %1").arg(titleOf(choice)), suggested,
        isPdf(choice) ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
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
    if (isPdf(chosen())) {
        exportPdf(chosen(), path);
        return;
    }
    Database *database = &m_ctx.database;
    const auto flag = m_cancelFlag;
    const CsvReport::Kind kind = csvKind(chosen());
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

void ReportsPage::exportPdf(Choice choice, const QString &path)
{
    Database *database = &m_ctx.database;
    const auto flag = m_cancelFlag;
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    const StoreContext store = m_ctx.store();
    const ClientQuery everyone(ClientFilter(), m_ctx.clock.nowUtc());
    m_jobs->run<Expected<int>>(
        [database, store, choice, from, to, path, flag, everyone](JobControl &control) {
            const auto progress = [&control](qint64 done, qint64 total) {
                control.reportProgress(done, total);
            };
            PageSetup setup = PageSetup::load(store);
            if (choice == Choice::AgendaPdf) {
                return PdfFile(setup, ExpiryAgendaPdf::title())
                    .write(
                        path,
                        [&](ReportDocument &document) {
                            return ExpiryAgendaPdf::build(document, *database, from, to, *flag);
                        },
                        *flag, progress);
            }
            if (choice == Choice::ClientsPdf)
                return ClientListPdf::write(path, setup, *database, everyone, *flag, progress);
            auto facts = AnalyticsLoader(store).load(flag.get());
            if (!facts)
                return Expected<int>::failure(facts.error());
            const BusinessMetrics metrics(std::move(facts).value());
            const QDate first(from.year(), from.month(), 1);
            const QDate last(to.year(), to.month(), 1);
            const auto snapshot =
                AnalyticsSnapshot::compute(metrics, std::min(first, last), std::max(first, last));
            return PdfFile(setup, BusinessPdf::title())
                .write(
                    path,
                    [&](ReportDocument &document) {
                        return BusinessPdf::build(document, snapshot);
                    },
                    *flag, progress);
        },
        [this](const Expected<int> &pages) {
            m_running = false;
            m_message->setText(pages ? tr("%n page(s) written.", nullptr, *pages)
                                     : pages.error().message());
            updateState();
        });
}

} // namespace pinedesk
