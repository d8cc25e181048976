#include "BulkCheckPage.h"

#include "bulk/UsernameCheck.h"
#include "domain/Indicator.h"
#include "domain/Plan.h"
#include "domain/UsernameValidator.h"
#include "items/BulkCheckModel.h"
#include "jobs/JobRunner.h"
#include "services/CatalogService.h"
#include "tradingview/TvConnection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

using Outcome = UsernameCheck::Outcome;

// Goes ahead: valid, or not checked at all (no connection, or the check was cancelled).
bool goesAhead(const BulkCheckModel::Entry &e)
{
    return e.check.outcome == Outcome::Valid || e.check.outcome == Outcome::Pending;
}

} // namespace

BulkCheckPage::BulkCheckPage(ConsoleContext context, BulkDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_ctx(std::move(context))
    , m_draft(draft)
    , m_model(new BulkCheckModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Stop checking"), this))
    , m_retry(new QPushButton(tr("Check &errors again"), this))
    , m_counts(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_createClients(new QCheckBox(this))
    , m_countsTimer(new QTimer(this))
    , m_jobs(new JobRunner(m_ctx.database, this))
{
    setObjectName(u"bulkCheckPage"_s);
    setTitle(tr("Check"));
    setSubTitle(tr("Each username is checked on TradingView. Usernames that do not exist are "
                   "left out; correct one in the table to check it again."));
    auto *layout = new QVBoxLayout(this);

    auto *statusRow = new QHBoxLayout;
    m_status->setObjectName(u"checkStatus"_s);
    m_progress->setObjectName(u"checkProgress"_s);
    m_cancel->setObjectName(u"stopCheckButton"_s);
    m_retry->setObjectName(u"retryCheckButton"_s);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress, 1);
    statusRow->addWidget(m_cancel);
    statusRow->addWidget(m_retry);
    layout->addLayout(statusRow);

    m_counts->setObjectName(u"checkCounts"_s);
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);

    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("S&how:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(u"checkFilter"_s);
    m_filter->addItem(tr("Everyone"), QString());
    m_filter->addItem(tr("Not found"), u"notfound"_s);
    m_filter->addItem(tr("Errors"), u"error"_s);
    m_filter->addItem(tr("New clients"), u"new"_s);
    m_filter->addItem(tr("Already have access"), u"access"_s);
    m_filter->addItem(tr("Lifetime holders"), u"lifetime"_s);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    layout->addLayout(filterRow);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BulkCheckModel::SortRole);
    m_proxy->setFilterRole(BulkCheckModel::FilterRole);
    m_table->setObjectName(u"checkTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(BulkCheckModel::Username, 170);
    m_table->setColumnWidth(BulkCheckModel::TradingView, 230);
    m_table->setColumnWidth(BulkCheckModel::Client, 150);
    layout->addWidget(m_table, 1);

    m_createClients->setObjectName(u"createClients"_s);
    m_createClients->setChecked(true);
    layout->addWidget(m_createClients);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const QString word = m_filter->currentData().toString();
        m_proxy->setFilterRegularExpression(
            word.isEmpty() ? QRegularExpression() : QRegularExpression(u"\\b"_s + word + u"\\b"_s));
    });
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(250);
    connect(m_countsTimer, &QTimer::timeout, this, &BulkCheckPage::updateCounts);
    connect(m_model, &BulkCheckModel::usernameEdited, this, &BulkCheckPage::onEdited);
    connect(m_createClients, &QCheckBox::toggled, this, [this] {
        updateCounts();
        Q_EMIT completeChanged();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_check)
            m_check->cancel();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (!m_check)
            return;
        m_check->retryErrors();
        onFinished(false);
    });
}

BulkCheckPage::~BulkCheckPage() = default; // the runner (a child) waits for its worker

void BulkCheckPage::setPace(const SyncConfig &config)
{
    m_pace = config;
}

bool BulkCheckPage::isChecking() const
{
    return m_check && m_check->isRunning();
}

Expected<BulkCheckPage::NamedIndicators>
BulkCheckPage::relevantIndicators(const ServiceContext &context, const BulkRequest &request)
{
    using R = Expected<NamedIndicators>;
    CatalogService catalog(context);
    QList<qint64> ids = request.indicatorIds;
    for (const std::optional<qint64> &planId : {request.fromPlanId, request.planId}) {
        if (!planId)
            continue;
        const auto plan = catalog.plan(*planId);
        if (!plan)
            return R::failure(plan.error());
        if (!*plan)
            continue; // deleted meanwhile: the preview says so
        for (qint64 id : (*plan)->indicatorIds) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    const auto indicators = catalog.indicators();
    if (!indicators)
        return R::failure(indicators.error());
    NamedIndicators named;
    for (const Indicator &i : *indicators) {
        if (ids.contains(i.id))
            named.append({i.id, i.name});
    }
    return named;
}

void BulkCheckPage::initializePage()
{
    const QStringList usernames = m_draft.recipients.usernames;
    const bool connected = m_ctx.tv != nullptr;
    if (connected && !m_check) {
        m_check = new UsernameCheck(m_ctx.tv->client(), m_pace, this);
        connect(m_check, &UsernameCheck::resultReady, this, &BulkCheckPage::onResult);
        connect(m_check, &UsernameCheck::progress, m_progress, &QProgressBar::setValue);
        connect(m_check, &UsernameCheck::finished, this, &BulkCheckPage::onFinished);
    }
    QList<BulkCheckModel::Entry> entries;
    for (const QString &name : usernames) {
        BulkCheckModel::Entry e;
        e.check.username = name;
        e.checked = connected;
        entries.append(e);
    }
    m_model->setEntries(entries);
    m_progress->setRange(0, int(usernames.size()));
    m_progress->setValue(0);
    m_cancelled = false;
    m_createClients->setEnabled(true);
    loadHoldings();
    if (m_check) {
        m_check->start(usernames);
        for (int i = 0; i < m_check->results().size(); ++i) {
            if (m_check->results().at(i).outcome != Outcome::Pending)
                m_model->setCheck(i, m_check->results().at(i));
        }
        m_progress->setValue(m_check->doneCount());
    } else {
        m_progress->setValue(int(usernames.size()));
    }
    onFinished(false);
    m_table->setFocus();
}

void BulkCheckPage::cleanupPage()
{
    if (m_check)
        m_check->cancel();
}

void BulkCheckPage::loadHoldings()
{
    m_holdingsLoaded = false;
    const ServiceContext context = m_ctx.services();
    const QStringList usernames = m_draft.recipients.usernames;
    const BulkRequest request = m_draft.request;
    m_jobs->run<Holdings>(
        [context, usernames, request](JobControl &control) {
            Holdings result;
            const auto indicators = relevantIndicators(context, request);
            if (!indicators) {
                result.error = indicators.error().message();
                return result;
            }
            result.indicators = *indicators;
            const auto holdings =
                BulkHoldings::load(context.store.database.connection(), usernames);
            if (!holdings) {
                result.error = holdings.error().message();
                return result;
            }
            const QDateTime now = context.store.clock.nowUtc();
            for (const QString &name : usernames) {
                if (control.isCancelled())
                    break;
                result.summaries.append(holdings->summarize(name, result.indicators, now));
            }
            return result;
        },
        [this](const Holdings &holdings) { showHoldings(holdings); });
}

void BulkCheckPage::showHoldings(const Holdings &holdings)
{
    if (!holdings.error.isEmpty()) {
        m_status->setText(tr("PineDesk could not read its clients: %1").arg(holdings.error));
        return;
    }
    m_indicators = holdings.indicators;
    for (int row = 0; row < holdings.summaries.size() && row < m_model->rowCount(); ++row) {
        const BulkHoldings::Summary &s = holdings.summaries.at(row);
        m_model->setHolding(row, s.isClient, s.clientName, s.access, s.lifetime);
    }
    m_holdingsLoaded = true;
    updateCounts();
    Q_EMIT completeChanged();
}

void BulkCheckPage::onResult(int index)
{
    if (!m_check || index >= m_check->results().size())
        return;
    m_model->setCheck(index, m_check->results().at(index));
    if (!m_countsTimer->isActive())
        m_countsTimer->start(); // counting thousands of rows at every answer would be wasteful
}

void BulkCheckPage::onFinished(bool cancelled)
{
    m_cancelled = m_cancelled || cancelled;
    const bool running = isChecking();
    m_cancel->setEnabled(running);
    m_retry->setEnabled(!running && m_check && m_check->count(Outcome::Error) > 0);
    if (running) {
        m_status->setText(tr("Checking usernames on TradingView…"));
    } else if (!m_check) {
        m_status->setText(tr("No connection to TradingView: usernames cannot be checked now. "
                             "They go ahead as they are; any that does not exist fails with "
                             "a reason when the changes are sent."));
        m_status->setWordWrap(true);
    } else if (m_cancelled && m_check->count(Outcome::Pending) > 0) {
        m_status->setText(tr("Checking stopped: %n username(s) were not checked and go ahead "
                             "as they are.",
                             nullptr, m_check->count(Outcome::Pending)));
    } else {
        m_status->setText(
            tr("%n username(s) checked on TradingView.", nullptr, int(m_model->rowCount())));
        // What needs a look comes first: errors and names not found.
        if (m_check->count(Outcome::NotFound) + m_check->count(Outcome::Error) > 0)
            m_table->sortByColumn(BulkCheckModel::TradingView, Qt::AscendingOrder);
    }
    updateCounts();
    Q_EMIT completeChanged();
}

void BulkCheckPage::onEdited(int row, const QString &username)
{
    // The corrected spelling may be another client: look it up at once (one small query).
    const auto holdings = BulkHoldings::load(m_ctx.database.connection(), {username});
    if (holdings) {
        const auto s = holdings->summarize(username, m_indicators, m_ctx.clock.nowUtc());
        m_model->setHolding(row, s.isClient, s.clientName, s.access, s.lifetime);
    }
    if (m_check) {
        m_check->recheck(row, username);
        if (m_check->results().at(row).outcome != Outcome::Pending)
            m_model->setCheck(row, m_check->results().at(row));
    }
    onFinished(false);
}

void BulkCheckPage::updateCounts()
{
    int valid = 0;
    int notFound = 0;
    int errors = 0;
    int unchecked = 0;
    int fresh = 0;
    int holding = 0;
    int lifetime = 0;
    for (const BulkCheckModel::Entry &e : m_model->entries()) {
        switch (e.check.outcome) {
        case Outcome::Valid:
            ++valid;
            break;
        case Outcome::NotFound:
            ++notFound;
            break;
        case Outcome::Error:
            ++errors;
            break;
        case Outcome::Pending:
            ++unchecked;
            break;
        }
        if (!goesAhead(e))
            continue;
        fresh += e.isClient ? 0 : 1;
        holding += e.access.isEmpty() ? 0 : 1;
        lifetime += e.lifetime ? 1 : 0;
    }
    QStringList parts{tr("%n valid", nullptr, valid)};
    if (notFound > 0)
        parts.append(tr("%n not found (left out)", nullptr, notFound));
    if (errors > 0)
        parts.append(tr("%n could not be checked (left out)", nullptr, errors));
    if (unchecked > 0)
        parts.append(isChecking() ? tr("%n to check", nullptr, unchecked)
                                  : tr("%n not checked", nullptr, unchecked));
    if (m_holdingsLoaded) {
        parts.append(tr("%n already have access", nullptr, holding));
        if (lifetime > 0)
            parts.append(tr("%n hold lifetime access", nullptr, lifetime));
    }
    m_counts->setText(parts.join(u" · "_s));
    m_createClients->setText(
        tr("&Add the %n username(s) that are not clients yet as clients (untick to leave them "
           "out)",
           nullptr, fresh));
    m_createClients->setVisible(!m_holdingsLoaded || fresh > 0);
}

bool BulkCheckPage::isComplete() const
{
    if (!m_holdingsLoaded || isChecking())
        return false;
    for (const BulkCheckModel::Entry &e : m_model->entries()) {
        if (goesAhead(e) && (e.isClient || m_createClients->isChecked()))
            return true;
    }
    return false;
}

bool BulkCheckPage::validatePage()
{
    if (!isComplete())
        return false;
    m_draft.usernames.clear();
    m_draft.excluded.clear();
    QSet<QString> seen;
    for (const BulkCheckModel::Entry &e : m_model->entries()) {
        const QString asked = e.check.username;
        if (e.check.outcome == Outcome::NotFound) {
            m_draft.excluded.append({asked, tr("Not found on TradingView")});
            continue;
        }
        if (e.check.outcome == Outcome::Error) {
            m_draft.excluded.append({asked, tr("Could not be checked: %1").arg(e.check.message)});
            continue;
        }
        if (!e.isClient && !m_createClients->isChecked()) {
            m_draft.excluded.append({asked, tr("Not a client (new clients were left out)")});
            continue;
        }
        const QString name = e.check.outcome == Outcome::Valid ? e.check.canonical : asked;
        const QString key = UsernameValidator::key(name);
        if (seen.contains(key))
            continue; // a corrected spelling that was already in the list
        seen.insert(key);
        m_draft.usernames.append(name);
    }
    return !m_draft.usernames.isEmpty();
}

} // namespace pinedesk
