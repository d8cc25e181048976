#include "ImportScriptsDialog.h"

#include "services/CatalogService.h"

#include "tradingview/TvConnection.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

ImportScriptsDialog::ImportScriptsDialog(ConsoleContext context, QWidget *parent)
    : QDialog(parent)
    , m_ctx(std::move(context))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_add(new QPushButton(tr("&Add selected"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Import from TradingView"));
    m_message->setObjectName(u"importMessage"_s);
    m_message->setWordWrap(true);
    m_busy->setObjectName(u"importBusy"_s);
    m_busy->setRange(0, 0); // busy: no known end
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_table->setObjectName(u"scriptsTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Pine ID"), tr("Version"), tr("In catalog")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_refresh->setObjectName(u"refreshScripts"_s);
    m_refresh->setAutoDefault(false);
    m_add->setObjectName(u"addSelected"_s);
    m_buttons->addButton(m_add, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_refresh, QDialogButtonBox::ResetRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(760, 420);

    connect(m_refresh, &QPushButton::clicked, this, &ImportScriptsDialog::fetch);
    connect(m_add, &QPushButton::clicked, this, &ImportScriptsDialog::addSelected);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, &ImportScriptsDialog::updateButtons);
    fetch();
}

QString ImportScriptsDialog::message() const
{
    return m_message->text();
}

int ImportScriptsDialog::scriptCount() const
{
    return m_table->rowCount();
}

QStringList ImportScriptsDialog::checkedPineIds() const
{
    QStringList ids;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, Name);
        if (item && (item->flags() & Qt::ItemIsEnabled) && item->checkState() == Qt::Checked)
            ids.append(m_scripts.value(row).pineId);
    }
    return ids;
}

void ImportScriptsDialog::fetch()
{
    if (!m_ctx.tv || !m_ctx.tv->hasSession()) {
        m_table->setRowCount(0);
        showError(tr("No TradingView session: add one in Settings, then import your scripts."));
        return;
    }
    const quint64 generation = ++m_generation;
    m_fetching = true;
    m_busy->show();
    m_message->setText(tr("Asking TradingView for your scripts…"));
    updateButtons();
    QPointer<ImportScriptsDialog> self(this);
    m_ctx.tv->client()->listScripts([self, generation](const TvResult<QList<TvScript>> &result) {
        if (ImportScriptsDialog *dialog = self.data())
            dialog->scriptsArrived(generation, result);
    });
}

void ImportScriptsDialog::scriptsArrived(quint64 generation,
                                         const TvResult<QList<TvScript>> &result)
{
    if (generation != m_generation)
        return; // an older request
    m_fetching = false;
    m_busy->hide();
    if (result)
        showScripts(*result);
    else
        showError(tr("TradingView did not list your scripts: %1").arg(result.error().message()));
    Q_EMIT fetched();
}

void ImportScriptsDialog::showError(const QString &text)
{
    m_fetching = false;
    m_busy->hide();
    m_message->setText(text);
    updateButtons();
}

void ImportScriptsDialog::showScripts(const QList<TvScript> &scripts)
{
    // Without the catalog every script would look missing: say so and offer nothing.
    const auto indicators = CatalogService(m_ctx.services()).indicators();
    if (!indicators) {
        m_scripts.clear();
        m_table->setRowCount(0);
        showError(tr("The catalog could not be read: %1").arg(indicators.error()));
        return;
    }
    QHash<QString, QString> catalog; // pine id -> name
    for (const Indicator &i : *indicators)
        catalog.insert(i.pineId, i.name);

    const QSignalBlocker blocker(m_table);
    m_scripts = scripts;
    m_table->setRowCount(int(scripts.size()));
    int missing = 0;
    for (int row = 0; row < scripts.size(); ++row) {
        const TvScript &s = scripts[row];
        const auto known = catalog.constFind(s.pineId);
        const bool inCatalog = known != catalog.constEnd();
        auto *name = new QTableWidgetItem(s.name.isEmpty() ? tr("(no name)") : s.name);
        if (inCatalog) {
            name->setFlags(name->flags() & ~(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled));
        } else {
            name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
            name->setCheckState(Qt::Checked);
            ++missing;
        }
        m_table->setItem(row, Name, name);
        m_table->setItem(row, PineId, new QTableWidgetItem(s.pineId));
        m_table->setItem(row, Version, new QTableWidgetItem(s.version));
        m_table->setItem(
            row, InCatalog,
            new QTableWidgetItem(inCatalog ? tr("Yes, as \"%1\"").arg(*known) : tr("No")));
    }
    m_table->resizeColumnsToContents();
    if (scripts.isEmpty())
        m_message->setText(tr("This TradingView account has no scripts it can share."));
    else if (missing == 0)
        m_message->setText(tr("All %n script(s) of your account are already in the catalog.",
                              nullptr, int(scripts.size())));
    else
        m_message->setText(tr("%n script(s) are not in the catalog yet and are checked to be "
                              "added.",
                              nullptr, missing));
    updateButtons();
}

void ImportScriptsDialog::updateButtons()
{
    m_refresh->setEnabled(!m_fetching && m_ctx.tv && m_ctx.tv->hasSession());
    m_add->setEnabled(!m_fetching && !checkedPineIds().isEmpty());
}

void ImportScriptsDialog::addSelected()
{
    const QStringList wanted = checkedPineIds();
    if (wanted.isEmpty())
        return;
    QList<CatalogService::FoundScript> scripts;
    for (const TvScript &script : std::as_const(m_scripts)) {
        if (wanted.contains(script.pineId))
            scripts.append({script.pineId, script.name, script.version});
    }
    const auto added = CatalogService(m_ctx.services()).importScripts(scripts);
    if (!added) {
        // Nothing is added: the vendor sees why and can uncheck that script.
        m_message->setText(tr("Nothing was added. %1").arg(added.error().message()));
        return;
    }
    Q_EMIT imported(*added);
    accept();
}

} // namespace pinedesk
