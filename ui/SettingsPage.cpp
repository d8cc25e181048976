#include "SettingsPage.h"

#include "TeamPanel.h"

#include "BackupsPanel.h"
#include "ChannelsPanel.h"
#include "ProductsPanel.h"
#include "RemindersPanel.h"
#include "backup/BackupScheduler.h"

#include "ConnectionSettings.h"
#include "Prompter.h"
#include "TeamDatabaseDialog.h"
#include "store/Database.h"
#include "tradingview/TvConnection.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

using Connection = AppSettings::Connection;

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsPage::SettingsPage(ConsoleContext context, AppSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_ctx(std::move(context))
    , m_settings(settings)
    , m_runningConnection(m_ctx.tv
                              ? (m_ctx.tv->isSandbox() ? Connection::Sandbox : Connection::Real)
                              : settings.connection())
    , m_runningLanguage(settings.language())
    , m_runningPacing(settings.pacing())
    , m_runningDatabase(settings.databasePath(m_runningConnection))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    auto *title = new QLabel(tr("Settings"), content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    layout->addWidget(hint(tr("Changes are saved as you make them."), content));

    m_restartNote = new QLabel(content);
    m_restartNote->setObjectName(u"restartNote"_s);
    m_restartNote->setWordWrap(true);
    QFont bold = m_restartNote->font();
    bold.setBold(true);
    m_restartNote->setFont(bold);
    m_restartNote->hide();
    layout->addWidget(m_restartNote);

    m_connection = new ConnectionSettings(m_ctx.tv, settings, content);
    connect(m_connection, &ConnectionSettings::connectionChosen, this, [this] {
        showPaths();
        noteRestart();
    });
    connect(m_connection, &ConnectionSettings::sessionSaved, this, &SettingsPage::sessionSaved);
    layout->addWidget(m_connection);
    layout->addWidget(buildPacingGroup());
    layout->addWidget(buildGeneralGroup());
    layout->addWidget(buildStorageGroup());
    m_team = new TeamPanel(m_ctx, content);
    layout->addWidget(m_team);
    m_products = new ProductsPanel(m_ctx, content);
    layout->addWidget(m_products);
    m_reminders = new RemindersPanel(m_ctx, settings, content);
    layout->addWidget(m_reminders);
    m_channels = new ChannelsPanel(m_ctx, content);
    layout->addWidget(m_channels);
    m_backups = new BackupsPanel(m_ctx.database, content);
    connect(m_backups, &BackupsPanel::restoreRequested, this, &SettingsPage::restoreRequested);
    layout->addWidget(m_backups);
    layout->addStretch(1);

    showPaths();
}

QGroupBox *SettingsPage::buildPacingGroup()
{
    auto *group = new QGroupBox(tr("Sync pacing"), this);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(hint(tr("PineDesk finds how fast TradingView accepts grants and changes, "
                              "and keeps its pace between these two limits. The defaults are "
                              "safe for the real server."),
                           group));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_writesPerSecond = new QDoubleSpinBox(group);
    m_writesPerSecond->setObjectName(u"writesPerSecond"_s);
    m_writesPerSecond->setRange(AppSettings::minWritesPerSecond, AppSettings::maxWritesPerSecond);
    m_writesPerSecond->setDecimals(1);
    m_writesPerSecond->setSingleStep(0.5);
    m_floor = new QDoubleSpinBox(group);
    m_floor->setObjectName(u"floorPerSecond"_s);
    m_floor->setRange(AppSettings::minWritesPerSecond, AppSettings::maxWritesPerSecond);
    m_floor->setDecimals(1);
    m_floor->setSingleStep(0.5);
    m_spacing = new QSpinBox(group);
    m_spacing->setObjectName(u"minSpacingMs"_s);
    m_spacing->setRange(0, AppSettings::maxSpacingMs);
    m_spacing->setSingleStep(50);
    m_spacing->setSuffix(tr(" ms"));
    m_inFlight = new QSpinBox(group);
    m_inFlight->setObjectName(u"maxInFlight"_s);
    m_inFlight->setRange(1, AppSettings::maxInFlightLimit);
    form->addRow(tr("&Writes per second, at most:"), m_writesPerSecond);
    form->addRow(tr("Writes per second, at &least:"), m_floor);
    form->addRow(tr("&Minimum spacing:"), m_spacing);
    form->addRow(tr("Calls &in flight at most:"), m_inFlight);
    layout->addLayout(form);
    auto *restore = new QPushButton(tr("Restore &defaults"), group);
    restore->setObjectName(u"restorePacing"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(restore);
    row->addStretch(1);
    layout->addLayout(row);

    showPacing(m_settings.pacing());
    for (QAbstractSpinBox *box :
         {static_cast<QAbstractSpinBox *>(m_writesPerSecond),
          static_cast<QAbstractSpinBox *>(m_floor), static_cast<QAbstractSpinBox *>(m_spacing),
          static_cast<QAbstractSpinBox *>(m_inFlight)})
        box->setKeyboardTracking(false); // save the number typed, not each keystroke
    connect(m_writesPerSecond, &QDoubleSpinBox::valueChanged, this, &SettingsPage::pacingEdited);
    connect(m_floor, &QDoubleSpinBox::valueChanged, this, &SettingsPage::pacingEdited);
    connect(m_spacing, &QSpinBox::valueChanged, this, &SettingsPage::pacingEdited);
    connect(m_inFlight, &QSpinBox::valueChanged, this, &SettingsPage::pacingEdited);
    connect(restore, &QPushButton::clicked, this, &SettingsPage::restorePacing);
    return group;
}

QGroupBox *SettingsPage::buildGeneralGroup()
{
    auto *group = new QGroupBox(tr("Display"), this);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_expiringDays = new QSpinBox(group);
    m_expiringDays->setObjectName(u"expiringDays"_s);
    m_expiringDays->setRange(1, 365);
    m_expiringDays->setValue(m_settings.expiringWithinDays());
    m_expiringDays->setKeyboardTracking(false);
    form->addRow(tr("&Expiring soon means within (days):"), m_expiringDays);
    connect(m_expiringDays, &QSpinBox::valueChanged, this, [this](int days) {
        m_settings.setExpiringWithinDays(days);
        Q_EMIT expiringDaysChanged(days);
    });

    m_language = new QComboBox(group);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System language"), QString());
    // Each language is named in itself, so anyone can find their own.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Español"_s, u"es"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), hint(tr("The language changes after a restart."), group));
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::languageChosen);
    return group;
}

QGroupBox *SettingsPage::buildStorageGroup()
{
    auto *group = new QGroupBox(tr("Storage"), this);
    auto *form = new QFormLayout(group);

    m_databasePath = new QLineEdit(group);
    m_databasePath->setObjectName(u"databasePath"_s);
    m_databasePath->setReadOnly(true);
    auto *change = new QPushButton(tr("C&hange…"), group);
    change->setObjectName(u"changeDatabase"_s);
    auto *menu = new QMenu(change);
    QAction *existing = menu->addAction(tr("Use an &existing database file…"));
    QAction *fresh = menu->addAction(tr("Start a &new database file…"));
    QAction *reset = menu->addAction(tr("Use the &default location"));
    menu->addSeparator();
    QAction *team = menu->addAction(tr("Connect to a &team database…"));
    team->setObjectName(u"teamDatabase"_s);
    connect(team, &QAction::triggered, this, &SettingsPage::connectTeamDatabase);
    existing->setObjectName(u"openDatabase"_s);
    fresh->setObjectName(u"newDatabase"_s);
    reset->setObjectName(u"defaultDatabase"_s);
    change->setMenu(menu);
    connect(existing, &QAction::triggered, this, [this] { chooseDatabase(true); });
    connect(fresh, &QAction::triggered, this, [this] { chooseDatabase(false); });
    connect(reset, &QAction::triggered, this, &SettingsPage::useDefaultDatabase);
    auto *dbRow = new QHBoxLayout;
    dbRow->addWidget(m_databasePath, 1);
    dbRow->addWidget(change);
    form->addRow(tr("Data&base file:"), dbRow);
    qobject_cast<QLabel *>(form->labelForField(dbRow))->setBuddy(m_databasePath);
    form->addRow(QString(), hint(tr("The file of the mode chosen above. A new file applies "
                                    "after a restart."),
                                 group));

    m_backupFolder = new QLineEdit(group);
    m_backupFolder->setObjectName(u"backupFolder"_s);
    m_backupFolder->setReadOnly(true);
    auto *changeBackup = new QPushButton(tr("Ch&oose…"), group);
    changeBackup->setObjectName(u"changeBackupFolder"_s);
    connect(changeBackup, &QPushButton::clicked, this, &SettingsPage::chooseBackupFolder);
    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backupFolder, 1);
    backupRow->addWidget(changeBackup);
    form->addRow(tr("B&ackup folder:"), backupRow);
    qobject_cast<QLabel *>(form->labelForField(backupRow))->setBuddy(m_backupFolder);
    return group;
}

void SettingsPage::setSessionVault(SessionVault *vault)
{
    m_connection->setSessionVault(vault);
}

QString SettingsPage::sessionMessage() const
{
    return m_connection->sessionMessage();
}

QString SettingsPage::connectionMessage() const
{
    return m_connection->connectionMessage();
}

QString SettingsPage::restartMessage() const
{
    return m_restartNote->isHidden() ? QString() : m_restartNote->text();
}

// Pacing, display, storage -----------------------------------------------------------------

void SettingsPage::showPacing(const AppSettings::Pacing &pacing)
{
    const QSignalBlocker a(m_writesPerSecond);
    const QSignalBlocker b(m_spacing);
    const QSignalBlocker c(m_inFlight);
    const QSignalBlocker d(m_floor);
    m_writesPerSecond->setValue(pacing.writesPerSecond);
    m_floor->setValue(pacing.floorPerSecond);
    m_spacing->setValue(pacing.minSpacingMs);
    m_inFlight->setValue(pacing.maxInFlight);
}

void SettingsPage::pacingEdited()
{
    // The floor never rises above the ceiling.
    const double ceiling = m_writesPerSecond->value();
    m_settings.setPacing(
        {ceiling, m_spacing->value(), m_inFlight->value(), std::min(m_floor->value(), ceiling)});
    Q_EMIT pacingChanged();
    noteRestart();
}

void SettingsPage::restorePacing()
{
    m_settings.resetPacing();
    showPacing(m_settings.pacing());
    Q_EMIT pacingChanged();
    noteRestart();
}

void SettingsPage::languageChosen()
{
    m_settings.setLanguage(m_language->currentData().toString());
    noteRestart();
}

void SettingsPage::chooseDatabase(bool existing)
{
    const QString filter = tr("PineDesk database (*.sqlite *.db);;All files (*)");
    const QString path =
        existing ? Prompter::instance().openFile(this, tr("Use an existing database"), filter)
                 : Prompter::instance().saveFile(this, tr("New database file"),
                                                 m_databasePath->text(), filter);
    if (!path.isEmpty())
        setDatabase(path);
}

void SettingsPage::connectTeamDatabase()
{
    const auto current =
        DatabaseTarget::parse(m_settings.databasePath(m_connection->selectedConnection()));
    auto *dialog = new TeamDatabaseDialog(
        current && current->isPostgresql() ? *current : DatabaseTarget(), m_ctx.database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { setDatabase(dialog->target().toString()); });
    dialog->open();
}

void SettingsPage::useDefaultDatabase()
{
    setDatabase(QString());
}

void SettingsPage::setDatabase(const QString &path)
{
    m_settings.setDatabasePath(m_connection->selectedConnection(), path);
    showPaths();
    noteRestart();
}

void SettingsPage::chooseBackupFolder()
{
    const QString folder =
        Prompter::instance().folder(this, tr("Backup folder"), m_backupFolder->text());
    if (folder.isEmpty())
        return;
    m_settings.setBackupFolder(folder);
    showPaths();
}

void SettingsPage::showPaths()
{
    m_databasePath->setText(m_settings.databasePath(m_connection->selectedConnection()));
    m_databasePath->setToolTip(tr("In use now: %1").arg(m_ctx.database.target().toString()));
    m_backupFolder->setText(m_settings.backupFolder());
    if (m_backups)
        m_backups->setFolder(m_backupScheduler ? m_backupScheduler->folder()
                                               : m_settings.backupFolder());
}

void SettingsPage::setBackupScheduler(BackupScheduler *scheduler)
{
    m_backupScheduler = scheduler;
    m_backups->setScheduler(scheduler);
    showPaths();
}

void SettingsPage::noteRestart()
{
    const Connection running = m_runningConnection;
    QStringList pending;
    if (m_connection->selectedConnection() != running)
        pending.append(tr("the TradingView connection"));
    if (m_settings.language() != m_runningLanguage)
        pending.append(tr("the language"));
    if (m_settings.databasePath(running) != m_runningDatabase)
        pending.append(tr("the database file"));
    if (!(m_settings.pacing() == m_runningPacing))
        pending.append(tr("the sync pacing"));
    m_restartNote->setVisible(!pending.isEmpty());
    m_restartNote->setText(
        tr("Saved. PineDesk uses the new setting after a restart: %1.").arg(pending.join(u", "_s)));
    if (!pending.isEmpty())
        Q_EMIT restartRequested();
}

} // namespace pinedesk
