#include "ImportClientsDialog.h"

#include "services/ImportService.h"

#include "ImportReportView.h"
#include "items/ImportPreviewModel.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// "C: Customer Email" so columns with the same name stay apart.
QString columnLabel(int index, const QString &name)
{
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return u"%1: %2"_s.arg(letters, name.trimmed().isEmpty() ? QString(u"—"_s) : name.trimmed());
}

} // namespace

ImportClientsDialog::ImportClientsDialog(ConsoleContext context, const QString &path,
                                         QWidget *parent)
    : QDialog(parent)
    , m_ctx(std::move(context))
    , m_source(ImportSource::open(path))
    , m_preview(new ImportPreviewModel(m_ctx.store(), this))
    , m_progressTimer(new QTimer(this))
{
    m_jobs = new JobRunner(m_ctx.database, this);
    setWindowTitle(tr("Import clients"));
    resize(980, 720);
    auto *layout = new QVBoxLayout(this);

    m_format = new QLabel(this);
    m_format->setObjectName(u"formatLabel"_s);
    m_format->setWordWrap(true);
    m_format->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_format);

    auto *mappingBox = new QGroupBox(tr("Columns"), this);
    buildMapping(mappingBox);
    layout->addWidget(mappingBox);

    m_previewNote = new QLabel(this);
    m_previewNote->setObjectName(u"previewNote"_s);
    m_previewNote->setWordWrap(true);
    layout->addWidget(m_previewNote);
    m_previewTable = new QTableView(this);
    m_previewTable->setObjectName(u"previewTable"_s);
    m_previewTable->setModel(m_preview);
    m_previewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_previewTable->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::Outcome,
                                                             QHeaderView::Stretch);
    m_previewTable->setWordWrap(true);
    layout->addWidget(m_previewTable, 2);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    layout->addWidget(m_progress);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();
    layout->addWidget(m_summary);
    m_report = new ImportReportView(this);
    layout->addWidget(m_report, 1);

    auto *buttons = new QHBoxLayout;
    m_dryRun = new QPushButton(tr("&Dry run"), this);
    m_dryRun->setObjectName(u"dryRunButton"_s);
    m_dryRun->setToolTip(tr("Check every line and count what would change, without saving."));
    m_import = new QPushButton(tr("&Import"), this);
    m_import->setObjectName(u"importButton"_s);
    m_import->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"cancelButton"_s);
    buttons->addStretch(1);
    buttons->addWidget(m_dryRun);
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    connect(m_dryRun, &QPushButton::clicked, this, &ImportClientsDialog::startDryRun);
    connect(m_import, &QPushButton::clicked, this, &ImportClientsDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportClientsDialog::reject);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &ImportClientsDialog::showProgress);

    if (!m_source) {
        m_format->setText(m_source.error());
        mappingBox->setEnabled(false);
        m_dryRun->setEnabled(false);
        m_import->setEnabled(false);
        m_cancel->setText(tr("Close"));
        return;
    }
    const ImportSource &source = *m_source;
    m_format->setText(tr("<b>%1</b>: %2, %3-separated, %n data line(s) previewed.", nullptr,
                         int(source.firstLines.size()))
                          .arg(QFileInfo(source.path).fileName().toHtmlEscaped(),
                               source.format.encodingName(), source.format.delimiterName()));
    applyLayout(source.layout);
}

ImportClientsDialog::~ImportClientsDialog()
{
    m_cancelRequested = true; // the import rolls back...
    delete m_jobs;            // ...and is waited for
}

void ImportClientsDialog::buildMapping(QWidget *box)
{
    auto *outer = new QVBoxLayout(box);
    auto *top = new QFormLayout;
    m_layout = new QComboBox(box);
    m_layout->setObjectName(u"layoutCombo"_s);
    m_layout->addItem(ImportLayout().name(), ImportLayout().id());
    for (const ImportLayout &known : ImportLayout::known())
        m_layout->addItem(known.name(), known.id());
    top->addRow(tr("&Layout:"), m_layout);
    outer->addLayout(top);

    // Two columns of field choices keep the dialog short.
    auto *grid = new QHBoxLayout;
    QFormLayout *forms[2] = {new QFormLayout, new QFormLayout};
    const QStringList header = m_source ? m_source->header : QStringList();
    int i = 0;
    for (ImportField field : allImportFields) {
        auto *combo = new QComboBox(box);
        combo->setObjectName(u"column_"_s + ImportFieldNames::key(field));
        combo->addItem(tr("(not imported)"), -1);
        for (int c = 0; c < header.size(); ++c)
            combo->addItem(columnLabel(c, header[c]), c);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
        auto *label = new QLabel(ImportFieldNames::displayName(field) + u':', box);
        label->setBuddy(combo);
        forms[i < 7 ? 0 : 1]->addRow(label, combo);
        m_columns.append(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportClientsDialog::mappingChanged);
        ++i;
    }
    grid->addLayout(forms[0]);
    grid->addSpacing(16);
    grid->addLayout(forms[1]);
    outer->addLayout(grid);
    m_payments = new QCheckBox(tr("Import &payments too"), box);
    m_payments->setObjectName(u"paymentsCheck"_s);
    m_payments->setToolTip(tr("Payments already imported (same source and reference) are not "
                              "added again; failed or refunded ones are left out."));
    outer->addWidget(m_payments);
    m_giveAccess =
        new QCheckBox(tr("&Give access for new paid payments (the plan each product sells)"), box);
    m_giveAccess->setObjectName(u"giveAccessCheck"_s);
    m_giveAccess->setToolTip(
        tr("Each new paid payment gives its client the plan its product is mapped to (Settings › "
           "Payments and products) or the plan of that name: from the day paid, for the plan's "
           "duration plus the grace days. The latest payment wins, nothing is shortened, and "
           "periods already over give nothing. Needs the \"Product or plan\" column."));
    outer->addWidget(m_giveAccess);
    connect(m_payments, &QCheckBox::toggled, this, &ImportClientsDialog::refreshPreview);
    connect(m_layout, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating || !m_source)
            return;
        if (const auto chosen = ImportLayout::byId(m_layout->currentData().toString()))
            applyLayout(*chosen);
    });
}

void ImportClientsDialog::applyLayout(const ImportLayout &chosen)
{
    m_updating = true;
    m_source.value().layout = chosen;
    m_source.value().mapping = chosen.mappingFor(m_source->header);
    m_layout->setCurrentIndex(m_layout->findData(chosen.id()));
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const int column = m_source->mapping.column(allImportFields[std::size_t(i)]);
        m_columns[i]->setCurrentIndex(std::max(0, m_columns[i]->findData(column)));
    }
    m_payments->setChecked(m_source->mapping.mapsPayments());
    m_updating = false;
    mappingChanged();
}

void ImportClientsDialog::mappingChanged()
{
    if (m_updating || !m_source)
        return;
    ColumnMapping &mapping = m_source.value().mapping;
    const QString currency = mapping.defaultCurrency;
    bool changedByHand = false;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const ImportField field = allImportFields[std::size_t(i)];
        const int column = m_columns[i]->currentData().toInt();
        changedByHand = changedByHand || column != mapping.column(field);
        mapping.set(field, column);
    }
    mapping.defaultCurrency = currency;
    const bool canPay = mapping.mapsPayments();
    if (!canPay)
        m_payments->setChecked(false);
    else if (changedByHand && !m_payments->isEnabled())
        m_payments->setChecked(true); // an amount column was just chosen
    m_payments->setEnabled(canPay);
    refreshPreview();
}

bool ImportClientsDialog::canGiveAccess() const
{
    return m_source && m_payments->isChecked() && m_source->mapping.mapsPayments() &&
           m_source->mapping.column(ImportField::Product) >= 0;
}

void ImportClientsDialog::refreshPreview()
{
    if (!m_source)
        return;
    const ImportSource &source = *m_source;
    m_rowOptions = ImportRow::Options();
    m_rowOptions.mapping = source.mapping;
    m_rowOptions.source = source.layout.id();
    m_rowOptions.payments = m_payments->isChecked();
    m_giveAccess->setEnabled(canGiveAccess() && !isRunning());
    m_rowOptions.unguardCells = source.layout.unguardsCells();
    m_rowOptions.headerSize = int(source.header.size());
    m_preview->setLines(source.firstLines, m_rowOptions);
    const bool identifies = source.mapping.identifiesClients();
    if (!identifies) {
        m_previewNote->setText(tr("Choose the column with the TradingView username or the "
                                  "e-mail address: one of them is needed for every client."));
    } else if (const int problems = m_preview->problemCount(); problems > 0) {
        m_previewNote->setText(tr("Preview of the first lines: %n of them would be rejected "
                                  "(the reason is in the Result column). The other lines are "
                                  "imported.",
                                  nullptr, problems));
    } else {
        m_previewNote->setText(tr("Preview of the first lines as they will be imported."));
    }
    m_import->setEnabled(identifies && !isRunning());
    m_dryRun->setEnabled(identifies && !isRunning());
}

void ImportClientsDialog::setBusy(bool busy)
{
    for (QComboBox *combo : m_columns)
        combo->setEnabled(!busy);
    m_layout->setEnabled(!busy);
    m_payments->setEnabled(!busy && m_source && m_source->mapping.mapsPayments());
    m_giveAccess->setEnabled(!busy && canGiveAccess());
    m_import->setEnabled(!busy);
    m_dryRun->setEnabled(!busy);
    m_report->setSavingEnabled(!busy);
    m_cancel->setText(busy ? tr("Cancel") : tr("Close"));
    m_progress->setVisible(busy);
}

void ImportClientsDialog::start(bool dryRun)
{
    if (!m_source || isRunning() || !m_source->mapping.identifiesClients())
        return;
    ClientImporter::Options options = m_source->options();
    options.importPayments = m_payments->isChecked() && m_source->mapping.mapsPayments();
    options.applyAccess = canGiveAccess() && m_giveAccess->isChecked();
    options.dryRun = dryRun;
    m_lastWasDryRun = dryRun;
    m_cancelRequested = false;
    m_done = 0;
    m_total = m_source->size;
    m_progress->setValue(0);
    m_summary->setText(dryRun ? tr("Checking every line…") : tr("Importing…"));
    m_summary->show();
    setBusy(true);
    m_progressTimer->start();

    // Cancel goes through the importer's own flag: it rolls back, and its result (cancelled)
    // is still shown.
    const ServiceContext context = m_ctx.services();
    const QString path = m_source->path;
    m_jobs->run<Expected<ImportResult>>(
        [this, context, path, options](JobControl &) {
            return ImportService(context).importClients(path, options, &m_cancelRequested,
                                                        [this](qint64 done, qint64 total) {
                                                            m_done = done;
                                                            m_total = total;
                                                        });
        },
        [this](const Expected<ImportResult> &outcome) { showResult(outcome); });
}

void ImportClientsDialog::showProgress()
{
    const qint64 total = m_total;
    if (total > 0)
        m_progress->setValue(int(std::min<qint64>(1000, m_done * 1000 / total)));
}

void ImportClientsDialog::cancelImport()
{
    if (!isRunning())
        return;
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Cancelling: nothing will be saved…"));
}

void ImportClientsDialog::reject()
{
    if (isRunning()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

void ImportClientsDialog::showResult(const Expected<ImportResult> &outcome)
{
    m_progressTimer->stop();
    m_cancel->setEnabled(true);
    setBusy(false);
    if (!outcome) {
        m_summary->setText(outcome.error());
        m_report->setResult(ImportResult(), QString());
        Q_EMIT importFinished();
        return;
    }
    const ImportResult &r = *outcome;
    QStringList parts;
    parts << tr("%n new client(s)", nullptr, r.created) << tr("%n updated", nullptr, r.updated)
          << tr("%n unchanged", nullptr, r.unchanged);
    if (r.payments + r.paymentsKnown + r.paymentsRefused > 0) {
        parts << tr("%n new payment(s)", nullptr, r.payments);
        if (r.paymentsKnown > 0)
            parts << tr("%n payment(s) already recorded", nullptr, r.paymentsKnown);
        if (r.paymentsRefused > 0)
            parts << tr("%n failed or refunded payment(s) left out", nullptr, r.paymentsRefused);
        if (r.accessQueued > 0)
            parts << tr("%n access change(s) queued for TradingView", nullptr, r.accessQueued);
        if (r.paidWithoutAccess > 0)
            parts << tr("%n paid payment(s) gave no access (no plan sells the product, or the "
                        "client has no TradingView username)",
                        nullptr, r.paidWithoutAccess);
    }
    parts << tr("%n line(s) rejected", nullptr, int(r.rejected.size()));
    QString head;
    if (r.cancelled)
        head = tr("Cancelled. Nothing was imported; the database is as it was.");
    else if (r.dryRun)
        head = tr("Dry run finished; nothing was saved. Importing would give:");
    else
        head = tr("Import finished:");
    m_summary->setText(r.cancelled ? head : head + u' ' + parts.join(u", "_s) + u'.');

    m_report->setResult(r, m_source->path);
    if (!r.dryRun && !r.cancelled) {
        m_import->setEnabled(false); // done; importing again would only report "unchanged"
        m_dryRun->setEnabled(false);
        if (r.created + r.updated + r.payments > 0)
            Q_EMIT imported();
        m_preview->setLines(m_source->firstLines, m_rowOptions);
    }
    Q_EMIT importFinished();
}

QString ImportClientsDialog::summary() const
{
    return m_summary->isVisible() ? m_summary->text() : QString();
}

} // namespace pinedesk
