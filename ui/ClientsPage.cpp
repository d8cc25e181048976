#include "ClientsPage.h"

#include "backup/BackupWriter.h"
#include "jobs/JobRunner.h"
#include "services/CatalogService.h"
#include "services/ClientService.h"

#include "AccessChangeDialog.h"
#include "ClientFilterPanel.h"
#include "ClientProfileDialog.h"
#include "ImportClientsDialog.h"
#include "Prompter.h"
#include "crm/ClientExport.h"
#include "items/ClientTableModel.h"
#include "print/ClientListPdf.h"
#include "print/PdfFile.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

ClientsPage::ClientsPage(ConsoleContext context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(std::move(context))
    , m_model(new ClientTableModel(m_ctx.database, m_ctx.clock, this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_segments(new QComboBox(this))
    , m_filtersToggle(new QToolButton(this))
    , m_filters(new ClientFilterPanel(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    m_jobs = new JobRunner(m_ctx.database, this);
    m_exportJobs = new JobRunner(m_ctx.database, this);
    setObjectName(u"clientsPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search name, e-mail or TradingView user…"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 2);
    m_segments->setObjectName(u"segments"_s);
    m_segments->setToolTip(tr("Saved segments"));
    top->addWidget(m_segments, 1);
    m_filtersToggle->setObjectName(u"filtersToggle"_s);
    m_filtersToggle->setText(tr("&Filters"));
    m_filtersToggle->setCheckable(true);
    top->addWidget(m_filtersToggle);
    auto *segmentMenu = new QToolButton(this);
    segmentMenu->setText(tr("Segment"));
    segmentMenu->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(segmentMenu);
    menu->addAction(tr("Save as segment…"), this, &ClientsPage::saveSegment);
    menu->addAction(tr("Delete this segment"), this, &ClientsPage::deleteSegment);
    segmentMenu->setMenu(menu);
    top->addWidget(segmentMenu);
    layout->addLayout(top);
    // The clients behind a figure of the Analytics page, kept until the vendor clears them.
    m_pinned = new QWidget(this);
    m_pinned->setObjectName(u"pinnedClients"_s);
    auto *pinnedRow = new QHBoxLayout(m_pinned);
    pinnedRow->setContentsMargins(0, 0, 0, 0);
    m_pinnedText = new QLabel(m_pinned);
    m_pinnedText->setWordWrap(true);
    auto *clearPinned = new QPushButton(tr("Show &all clients"), m_pinned);
    clearPinned->setObjectName(u"clearPinned"_s);
    connect(clearPinned, &QPushButton::clicked, this, [this] {
        setPinned({}, {});
        applyFilter();
    });
    pinnedRow->addWidget(m_pinnedText, 1);
    pinnedRow->addWidget(clearPinned);
    m_pinned->setVisible(false);
    layout->addWidget(m_pinned);
    m_filters->setVisible(false);
    layout->addWidget(m_filters);

    m_table->setObjectName(u"clientTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(ClientTableModel::Username, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    const int widths[] = {170, 180, 230, 80, 100, 100};
    for (int c = 0; c < 6; ++c)
        m_table->setColumnWidth(c, widths[c]);
    layout->addWidget(m_table, 1);

    auto *actions = new QHBoxLayout;
    const auto addButton = [&](const QString &text, const QString &name, auto slot) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        actions->addWidget(button);
        return button;
    };
    addButton(tr("&New client…"), u"newClient"_s, &ClientsPage::newClient);
    addButton(tr("&Open…"), u"openClient"_s, &ClientsPage::openSelected);
    addButton(tr("&Delete"), u"deleteClient"_s, &ClientsPage::deleteSelected);
    actions->addSpacing(12);
    addButton(tr("&Grant…"), u"grantSelected"_s, [this] { changeAccess(0); });
    addButton(tr("E&xtend…"), u"extendSelected"_s, [this] { changeAccess(1); });
    addButton(tr("Re&voke…"), u"revokeSelected"_s, [this] { changeAccess(2); });
    addButton(tr("&Bulk…"), u"bulkSelected"_s, [this] {
        if (selectionTooLarge())
            return;
        const QStringList usernames = selectedUsernames();
        if (usernames.isEmpty()) {
            m_message->setText(tr("Select clients with a TradingView username first, or use "
                                  "File › Bulk changes… to paste a list."));
            return;
        }
        Q_EMIT bulkRequested(usernames);
    });
    actions->addSpacing(12);
    addButton(tr("&Import…"), u"importClients"_s, &ClientsPage::importClients);
    addButton(tr("E&xport view…"), u"exportClients"_s, &ClientsPage::exportView);
    actions->addStretch();
    m_count->setObjectName(u"clientCount"_s);
    actions->addWidget(m_count);
    layout->addLayout(actions);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *newShortcut = new QAction(this);
    newShortcut->setShortcut(QKeySequence::New);
    connect(newShortcut, &QAction::triggered, this, &ClientsPage::newClient);
    addAction(newShortcut);
    auto *findShortcut = new QAction(this);
    findShortcut->setShortcut(QKeySequence::Find);
    connect(findShortcut, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(findShortcut);
    auto *deleteShortcut = new QAction(m_table);
    deleteShortcut->setShortcut(QKeySequence::Delete);
    deleteShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QAction::triggered, this, &ClientsPage::deleteSelected);
    m_table->addAction(deleteShortcut);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ClientsPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &ClientsPage::applyFilter);
    connect(m_filters, &ClientFilterPanel::changed, this, &ClientsPage::applyFilter);
    connect(m_filtersToggle, &QToolButton::toggled, m_filters, &QWidget::setVisible);
    connect(m_segments, &QComboBox::activated, this, &ClientsPage::chooseSegment);
    connect(m_model, &ClientTableModel::loaded, this, &ClientsPage::showCount);
    connect(m_table, &QTableView::activated, this, &ClientsPage::openSelected);

    loadIndicatorChoices();
    reloadSegments();
    showCount();
}

ClientsPage::~ClientsPage()
{
    if (m_cancelExport)
        m_cancelExport->store(true);
    delete m_exportJobs; // waits for the export, stopped above
    delete m_jobs;       // waits for a deletion still running
}

void ClientsPage::applyFilter()
{
    m_searchTimer->stop();
    ClientFilter f = m_filters->filter();
    f.text = m_search->text();
    f.clientIds = m_pinnedIds;
    f.idsLabel = m_pinnedLabel;
    m_model->setFilter(f);
    showCount();
}

void ClientsPage::showCount()
{
    if (m_model->isLoading()) {
        m_count->setText(tr("Searching…"));
        return;
    }
    if (!m_model->lastError().isEmpty()) {
        m_count->setText(tr("The clients could not be read: %1").arg(m_model->lastError()));
        return;
    }
    const ClientFilter f = m_model->filter();
    const int n = m_model->rowCount();
    m_count->setText(f.hasFilters() || !f.text.isEmpty() ? tr("%Ln matching client(s)", nullptr, n)
                                                         : tr("%Ln client(s)", nullptr, n));
}

void ClientsPage::refresh()
{
    loadIndicatorChoices();
    m_model->refresh();
    showCount();
}

QString ClientsPage::message() const
{
    return m_message->text();
}

QList<std::pair<int, int>> ClientsPage::selectedRanges() const
{
    QList<std::pair<int, int>> ranges;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        ranges.append({range.top(), range.bottom()});
    std::sort(ranges.begin(), ranges.end());
    return ranges;
}

bool ClientsPage::selectionTooLarge() const
{
    // Reading that many rows would stall the window; a segment does it in the background.
    qint64 rows = 0;
    for (const auto &[first, last] : selectedRanges())
        rows += last - first + 1;
    if (rows <= maxSelection)
        return false;
    m_message->setText(tr("That selection is too large to hand over from the table. Save the "
                          "filter as a segment and choose it in File › Bulk changes…."));
    return true;
}

QList<qint64> ClientsPage::selectedIds() const
{
    if (selectionTooLarge())
        return {};
    const auto ids = m_model->idsOf(selectedRanges());
    return ids ? *ids : QList<qint64>();
}

QStringList ClientsPage::selectedUsernames() const
{
    QStringList names;
    if (selectionTooLarge())
        return names;
    const auto clients = m_model->clientsOf(selectedRanges());
    if (!clients)
        return names;
    for (const Client &c : *clients) {
        if (!c.tvUsername.isEmpty())
            names.append(c.tvUsername);
    }
    return names;
}

void ClientsPage::openProfile(qint64 clientId)
{
    auto *dialog = new ClientProfileDialog(m_ctx, clientId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ClientProfileDialog::saved, this, [this] {
        m_model->refresh();
        Q_EMIT dataChanged();
    });
    connect(dialog, &ClientProfileDialog::changesQueued, this, [this](const QString &summary) {
        m_message->setText(summary);
        m_model->refresh();
        Q_EMIT changesQueued();
    });
    dialog->open();
}

void ClientsPage::newClient()
{
    openProfile(0);
}

void ClientsPage::openSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_message->setText(tr("Select a client first."));
        return;
    }
    openProfile(m_model->idAt(current.row()));
}

void ClientsPage::deleteSelected()
{
    if (selectionTooLarge())
        return;
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        m_message->setText(tr("Select the clients to delete first."));
        return;
    }
    if (ids.size() > maxDelete) {
        m_message->setText(
            tr("Delete at most %1 clients at a time; clients are rarely deleted (set them "
               "Inactive to keep their history).")
                .arg(QLocale().toString(maxDelete)));
        return;
    }
    if (!Prompter::instance().confirm(
            this, tr("Delete clients"),
            tr("Delete %n client(s) and their payments? Clients who ever held an access are "
               "kept, so their history stays; set them Inactive instead.",
               nullptr, int(ids.size())),
            tr("Delete")))
        return;
    // Up to a thousand checked transactions: on a worker, the page stays responsive. Deleting
    // several is a bulk change: a backup is taken first, and without it nothing is deleted.
    m_message->setText(ids.size() > 1
                           ? tr("Backing up, then deleting %n client(s)…", nullptr, int(ids.size()))
                           : tr("Deleting %n client(s)…", nullptr, int(ids.size())));
    const ServiceContext context = m_ctx.services();
    const QString backupFolder = ids.size() > 1 && !m_ctx.database.isPostgresql()
                                     ? AppSettings().backupFolderFor(m_ctx.database.path())
                                     : QString();
    m_jobs->run<ClientService::Removal>(
        [context, ids, backupFolder](JobControl &) {
            if (!backupFolder.isEmpty()) {
                const auto backup =
                    BackupWriter::write(context.store.database, backupFolder, u"pre-delete"_s,
                                        context.store.clock.nowUtc());
                if (!backup) {
                    ClientService::Removal refused;
                    refused.refused = int(ids.size());
                    refused.firstRefusal =
                        tr("Nothing was deleted: the backup taken first failed: %1")
                            .arg(backup.error().message());
                    return refused;
                }
            }
            return ClientService(context).removeClients(ids);
        },
        [this](const ClientService::Removal &removal) {
            const QString done = tr("%n client(s) deleted.", nullptr, removal.deleted);
            m_message->setText(removal.firstRefusal.isEmpty() ? done
                                                              : done + u' ' + removal.firstRefusal);
            m_model->refresh();
            Q_EMIT dataChanged();
        });
}

void ClientsPage::changeAccess(int mode)
{
    if (selectionTooLarge())
        return;
    const QStringList usernames = selectedUsernames();
    if (usernames.isEmpty()) {
        m_message->setText(tr("Select clients with a TradingView username first."));
        return;
    }
    auto *dialog = new AccessChangeDialog(m_ctx, usernames, AccessChanges::Mode(mode), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccessChangeDialog::changesQueued, this, [this](const QString &summary) {
        m_message->setText(summary);
        m_model->refresh();
        Q_EMIT changesQueued();
    });
    dialog->open();
}

void ClientsPage::loadIndicatorChoices()
{
    const auto indicators = CatalogService(m_ctx.services()).indicators();
    if (!indicators) {
        m_message->setText(tr("The indicators could not be read: %1").arg(indicators.error()));
        return; // the filter keeps the choices it had
    }
    m_filters->setIndicators(*indicators);
}

void ClientsPage::reloadSegments()
{
    auto segments = ClientService(m_ctx.services()).segments();
    if (!segments) {
        m_message->setText(tr("The saved segments could not be read: %1").arg(segments.error()));
        return;
    }
    m_savedSegments = std::move(segments).value();
    m_segments->clear();
    m_segments->addItem(tr("All clients"));
    for (const Segment &s : std::as_const(m_savedSegments))
        m_segments->addItem(s.name, s.id);
}

void ClientsPage::chooseSegment(int index)
{
    const ClientFilter f = index <= 0 ? ClientFilter() : m_savedSegments[index - 1].filter;
    setPinned(f.clientIds, f.idsLabel);
    m_filters->setFilter(f);
    m_filtersToggle->setChecked(f.hasFilters());
    m_search->blockSignals(true);
    m_search->setText(f.text);
    m_search->blockSignals(false);
    applyFilter();
}

void ClientsPage::showClients(const ClientFilter &filter)
{
    m_segments->setCurrentIndex(0);
    m_filters->setFilter(filter);
    m_filtersToggle->setChecked(false);
    m_search->blockSignals(true);
    m_search->setText(filter.text);
    m_search->blockSignals(false);
    setPinned(filter.clientIds, filter.idsLabel);
    applyFilter();
}

void ClientsPage::setPinned(const std::optional<QList<qint64>> &ids, const QString &label)
{
    m_pinnedIds = ids;
    m_pinnedLabel = label;
    m_pinned->setVisible(ids.has_value());
    if (ids) {
        m_pinnedText->setText(
            tr("Showing %n client(s): %1. Save them as a segment, or select them for a bulk "
               "change.",
               nullptr, int(ids->size()))
                .arg(label.isEmpty() ? tr("chosen clients") : label));
    }
}

void ClientsPage::saveSegment()
{
    ClientFilter f = m_filters->filter();
    f.text = m_search->text();
    f.clientIds = m_pinnedIds;
    f.idsLabel = m_pinnedLabel;
    const auto name =
        Prompter::instance().text(this, tr("Save segment"), tr("Name of the segment:"), false);
    if (!name)
        return;
    const auto id = ClientService(m_ctx.services()).saveSegment(*name, f);
    if (!id) {
        m_message->setText(id.error());
        return;
    }
    reloadSegments();
    m_segments->setCurrentIndex(m_segments->findData(*id));
    m_message->setText(tr("Segment \"%1\" saved.").arg(name->simplified()));
}

void ClientsPage::deleteSegment()
{
    const int index = m_segments->currentIndex();
    if (index <= 0) {
        m_message->setText(tr("Choose a saved segment first."));
        return;
    }
    const Segment segment = m_savedSegments[index - 1];
    if (!Prompter::instance().confirm(this, tr("Delete segment"),
                                      tr("Delete the segment \"%1\"? Its clients are not "
                                         "touched.")
                                          .arg(segment.name),
                                      tr("Delete")))
        return;
    if (const Status s = ClientService(m_ctx.services()).removeSegment(segment.id); !s) {
        m_message->setText(s.error());
        return;
    }
    reloadSegments();
    chooseSegment(0);
}

void ClientsPage::importClients()
{
    const QString path = Prompter::instance().openFile(
        this, tr("Import clients"), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    auto *dialog = new ImportClientsDialog(m_ctx, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportClientsDialog::imported, this, [this] {
        m_model->refresh();
        Q_EMIT dataChanged();
    });
    dialog->open();
}

void ClientsPage::exportView()
{
    if (m_exporting) {
        m_message->setText(tr("An export is still running."));
        return;
    }
    const QString path =
        Prompter::instance().saveFile(this, tr("Export clients"), u"clients.csv"_s,
                                      tr("CSV files (*.csv);;PDF files, to print (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ClientsPage::exportTo(const QString &path)
{
    if (m_exporting)
        return;
    m_exporting = true;
    m_cancelExport = std::make_shared<std::atomic<bool>>(false);
    m_exportProgress = new QProgressDialog(tr("Exporting clients…"), tr("Cancel"), 0, 100, this);
    m_exportProgress->setObjectName(u"exportProgress"_s);
    m_exportProgress->setAttribute(Qt::WA_DeleteOnClose);
    m_exportProgress->setMinimumDuration(300);
    connect(m_exportProgress, &QProgressDialog::canceled, this,
            [cancel = m_cancelExport] { cancel->store(true); });
    connect(m_exportJobs, &JobRunner::progress, m_exportProgress,
            [progress = m_exportProgress](qint64 done, qint64 total) {
                progress->setValue(int(done * 100 / qMax<qint64>(1, total)));
            });
    Database *database = &m_ctx.database;
    const ClientQuery query = m_model->currentQuery();
    const auto cancel = m_cancelExport;
    const bool pdf = path.endsWith(u".pdf"_s, Qt::CaseInsensitive);
    m_exportJobs->run<Expected<qint64>>(
        [database, store = m_ctx.store(), query, path, cancel, pdf](JobControl &control) {
            const auto progress = [&control](qint64 done, qint64 total) {
                control.reportProgress(done, total);
            };
            if (!pdf)
                return ClientExport::write(*database, query, path, *cancel, progress);
            const auto pages = ClientListPdf::write(path, PageSetup::load(store), *database, query,
                                                    *cancel, progress);
            if (!pages)
                return Expected<qint64>::failure(pages.error());
            return query.count(database->connection());
        },
        [this, path](const Expected<qint64> &result) {
            m_exporting = false;
            if (m_exportProgress)
                m_exportProgress->close();
            m_message->setText(
                result ? tr("%n client(s) exported to %1.", nullptr, int(*result)).arg(path)
                       : result.error().message());
        });
}

} // namespace pinedesk
