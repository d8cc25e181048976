#include "BulkWhoPage.h"

#include "Prompter.h"
#include "jobs/JobRunner.h"
#include "services/ClientService.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

constexpr int shownRejections = 5;

} // namespace

BulkWhoPage::BulkWhoPage(ConsoleContext context, BulkDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_ctx(std::move(context))
    , m_draft(draft)
    , m_sources(new QButtonGroup(this))
    , m_stack(new QStackedWidget(this))
    , m_paste(new QPlainTextEdit(this))
    , m_parseTimer(new QTimer(this))
    , m_chooseFile(new QPushButton(tr("Choose &file…"), this))
    , m_fileName(new QLabel(tr("No file chosen."), this))
    , m_column(new QComboBox(this))
    , m_header(new QCheckBox(tr("The first line is a &header"), this))
    , m_segment(new QComboBox(this))
    , m_selectionText(new QLabel(this))
    , m_count(new QLabel(this))
    , m_rejected(new QLabel(this))
    , m_jobs(new JobRunner(m_ctx.database, this))
{
    setObjectName(u"bulkWhoPage"_s);
    setTitle(tr("Who"));
    setSubTitle(tr("The TradingView users this run is for."));
    auto *layout = new QVBoxLayout(this);

    auto *choices = new QHBoxLayout;
    const QList<std::pair<Source, QString>> sources{{Source::Paste, tr("&Paste usernames")},
                                                    {Source::File, tr("CSV fi&le")},
                                                    {Source::Segment, tr("Saved seg&ment")},
                                                    {Source::Selection, tr("Current selec&tion")}};
    for (const auto &[id, text] : sources) {
        auto *button = new QRadioButton(text, this);
        button->setObjectName(u"source%1"_s.arg(int(id)));
        m_sources->addButton(button, int(id));
        choices->addWidget(button);
    }
    choices->addStretch(1);
    layout->addLayout(choices);

    m_paste->setObjectName(u"pasteEdit"_s);
    m_paste->setPlaceholderText(tr("Paste usernames: one per line, or separated by commas, "
                                   "semicolons or spaces. @ prefixes and blank lines are fine, "
                                   "duplicates are merged."));
    m_paste->setTabChangesFocus(true);
    m_stack->addWidget(m_paste);

    auto *filePage = new QWidget(this);
    auto *fileLayout = new QFormLayout(filePage);
    auto *fileRow = new QHBoxLayout;
    m_chooseFile->setObjectName(u"chooseFileButton"_s);
    m_fileName->setObjectName(u"fileName"_s);
    fileRow->addWidget(m_chooseFile);
    fileRow->addWidget(m_fileName, 1);
    fileLayout->addRow(fileRow);
    m_column->setObjectName(u"csvColumn"_s);
    m_column->setEnabled(false);
    auto *columnLabel = new QLabel(tr("&Column with the usernames:"), filePage);
    columnLabel->setBuddy(m_column);
    fileLayout->addRow(columnLabel, m_column);
    m_header->setObjectName(u"csvHeader"_s);
    m_header->setEnabled(false);
    fileLayout->addRow(m_header);
    m_stack->addWidget(filePage);

    auto *segmentPage = new QWidget(this);
    auto *segmentLayout = new QFormLayout(segmentPage);
    m_segment->setObjectName(u"segmentChoice"_s);
    auto *segmentLabel = new QLabel(tr("Se&gment:"), segmentPage);
    segmentLabel->setBuddy(m_segment);
    segmentLayout->addRow(segmentLabel, m_segment);
    auto *segmentNote = new QLabel(tr("Segments are saved on the Clients page. Clients without a "
                                      "TradingView username are left out."),
                                   segmentPage);
    segmentNote->setWordWrap(true);
    segmentLayout->addRow(segmentNote);
    m_stack->addWidget(segmentPage);

    m_selectionText->setWordWrap(true);
    m_selectionText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stack->addWidget(m_selectionText);
    layout->addWidget(m_stack, 1);

    m_count->setObjectName(u"recipientCount"_s);
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    layout->addWidget(m_count);
    m_rejected->setObjectName(u"recipientRejected"_s);
    m_rejected->setWordWrap(true);
    m_rejected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_rejected);

    m_parseTimer->setSingleShot(true);
    m_parseTimer->setInterval(150);
    connect(m_parseTimer, &QTimer::timeout, this, &BulkWhoPage::parsePaste);
    connect(m_paste, &QPlainTextEdit::textChanged, m_parseTimer, qOverload<>(&QTimer::start));
    connect(m_sources, &QButtonGroup::idClicked, this, [this](int id) { setSource(Source(id)); });
    connect(m_chooseFile, &QPushButton::clicked, this, &BulkWhoPage::chooseFile);
    connect(m_column, &QComboBox::activated, this, &BulkWhoPage::loadCsvColumn);
    connect(m_header, &QCheckBox::toggled, this, &BulkWhoPage::loadCsvColumn);
    connect(m_segment, &QComboBox::activated, this, &BulkWhoPage::loadSegment);
    connect(m_jobs, &JobRunner::runningChanged, this, &BulkWhoPage::completeChanged);

    m_sources->button(int(Source::Selection))->setEnabled(false);
    m_sources->button(int(Source::Paste))->setChecked(true);
    m_stack->setCurrentIndex(int(Source::Paste));
    showRecipients({});
}

BulkWhoPage::~BulkWhoPage() = default; // the runner (a child) stops and waits for its worker

bool BulkWhoPage::isLoading() const
{
    return m_jobs->isRunning();
}

void BulkWhoPage::initializePage()
{
    const QVariant previous = m_segment->currentData();
    m_segment->clear();
    auto segments = ClientService(m_ctx.services()).segments();
    if (segments) {
        m_segments = std::move(segments).value();
    } else {
        m_segments.clear();
        if (source() == Source::Segment)
            m_count->setText(tr("The saved segments could not be read: %1").arg(segments.error()));
    }
    for (const Segment &s : std::as_const(m_segments))
        m_segment->addItem(s.name, s.id);
    m_segment->setCurrentIndex(previous.isValid() ? m_segment->findData(previous) : -1);
    m_segment->setPlaceholderText(m_segment->count() == 0 ? tr("No saved segments")
                                                          : tr("Choose a segment…"));
    if (source() == Source::Paste)
        m_paste->setFocus();
}

BulkWhoPage::Source BulkWhoPage::source() const
{
    return Source(m_sources->checkedId());
}

void BulkWhoPage::setSource(Source source)
{
    m_sources->button(int(source))->setChecked(true);
    m_stack->setCurrentIndex(int(source));
    m_jobs->cancel(); // a read for the previous source is of no use now
    switch (source) {
    case Source::Paste:
        parsePaste();
        break;
    case Source::File:
        if (m_csvPath.isEmpty())
            showRecipients({});
        else
            loadCsvColumn();
        break;
    case Source::Segment:
        loadSegment();
        break;
    case Source::Selection:
        showRecipients(BulkRecipients::fromList(m_selection, m_selectionAudience));
        break;
    }
}

void BulkWhoPage::setSelection(const QStringList &usernames, const QString &audience)
{
    m_selection = usernames;
    m_selectionAudience = audience.isEmpty() ? tr("selected clients") : audience;
    m_selectionText->setText(
        tr("%n client(s) selected (%1).", nullptr, int(usernames.size())).arg(m_selectionAudience));
    m_sources->button(int(Source::Selection))->setEnabled(true);
    setSource(Source::Selection);
}

void BulkWhoPage::parsePaste()
{
    m_parseTimer->stop();
    if (source() == Source::Paste)
        showRecipients(BulkRecipients::fromText(m_paste->toPlainText()));
}

void BulkWhoPage::chooseFile()
{
    const QString path = Prompter::instance().openFile(
        this, tr("Choose a CSV file with usernames"), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openCsv(path);
}

void BulkWhoPage::openCsv(const QString &path)
{
    setSource(Source::File);
    const auto sample = BulkRecipients::sampleCsv(path);
    m_column->clear();
    if (!sample) {
        m_csvPath.clear();
        m_fileName->setText(sample.error());
        m_column->setEnabled(false);
        m_header->setEnabled(false);
        showRecipients({});
        return;
    }
    m_csvPath = path;
    m_fileName->setText(QFileInfo(path).fileName());
    for (int c = 0; c < sample->columns; ++c) {
        QStringList values;
        for (const QStringList &row : sample->rows)
            values.append(row.value(c));
        m_column->addItem(tr("Column %1: %2").arg(c + 1).arg(values.mid(0, 3).join(u", "_s)), c);
    }
    m_column->setCurrentIndex(sample->suggestedColumn);
    m_column->setEnabled(true);
    m_header->setEnabled(true);
    {
        const QSignalBlocker block(m_header);
        m_header->setChecked(sample->looksLikeHeader);
    }
    loadCsvColumn();
}

void BulkWhoPage::loadCsvColumn()
{
    if (m_csvPath.isEmpty() || source() != Source::File)
        return;
    const QString path = m_csvPath;
    const int column = m_column->currentData().toInt();
    const bool header = m_header->isChecked();
    load([path, column, header](JobControl &) {
        return BulkRecipients::fromCsv(path, column, header);
    });
}

void BulkWhoPage::loadSegment()
{
    if (source() != Source::Segment)
        return;
    const QVariant id = m_segment->currentData();
    if (!id.isValid()) {
        showRecipients({});
        return;
    }
    std::optional<Segment> chosen;
    for (const Segment &s : std::as_const(m_segments)) {
        if (s.id == id.toLongLong())
            chosen = s;
    }
    if (!chosen) {
        showRecipients({});
        return;
    }
    const StoreContext context = m_ctx.store();
    const Segment segment = *chosen;
    load([context, segment](JobControl &control) {
        return BulkRecipients::fromSegment(context, segment, &control.cancelFlag());
    });
}

void BulkWhoPage::load(Work work)
{
    // A read still running for an earlier choice is dropped: the newest run wins.
    m_loadingFor = source();
    m_current = {};
    m_count->setText(tr("Reading…"));
    m_rejected->clear();
    Q_EMIT completeChanged();
    m_jobs->run<Expected<BulkRecipients>>(
        std::move(work), [this](const Expected<BulkRecipients> &result) {
            if (source() != m_loadingFor) {
                Q_EMIT completeChanged();
                return; // the vendor switched to another source meanwhile
            }
            if (result) {
                showRecipients(*result);
                return;
            }
            m_current = {};
            m_count->setText(result.error());
            m_rejected->clear();
            Q_EMIT completeChanged();
        });
}

void BulkWhoPage::showRecipients(const BulkRecipients &recipients)
{
    m_current = recipients;
    m_count->setText(recipients.summary());
    QStringList shown = recipients.rejected.mid(0, shownRejections);
    if (recipients.rejected.size() > shownRejections)
        shown.append(
            tr("… and %n more", nullptr, int(recipients.rejected.size() - shownRejections)));
    m_rejected->setText(shown.isEmpty() ? QString()
                                        : tr("Not usernames: %1").arg(shown.join(u"; "_s)));
    Q_EMIT completeChanged();
}

bool BulkWhoPage::isComplete() const
{
    return !m_jobs->isRunning() && !m_parseTimer->isActive() && !m_current.usernames.isEmpty();
}

bool BulkWhoPage::validatePage()
{
    if (m_parseTimer->isActive())
        parsePaste();
    if (m_current.usernames.isEmpty())
        return false;
    m_draft.recipients = m_current;
    return true;
}

} // namespace pinedesk
