#include "BulkPreviewPage.h"

#include "Prompter.h"
#include "items/BulkPreviewModel.h"
#include "jobs/JobRunner.h"
#include "services/CampaignService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QLabel *figure(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(u"–"_s, parent);
    label->setObjectName(name);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

} // namespace

BulkPreviewPage::BulkPreviewPage(ConsoleContext context, BulkDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_ctx(std::move(context))
    , m_draft(draft)
    , m_model(new BulkPreviewModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_status(new QLabel(this))
    , m_users(figure(u"totalUsers"_s, this))
    , m_grants(figure(u"totalGrants"_s, this))
    , m_extensions(figure(u"totalExtensions"_s, this))
    , m_noChanges(figure(u"totalNoChanges"_s, this))
    , m_revokes(figure(u"totalRevokes"_s, this))
    , m_warnings(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_campaignBox(new QGroupBox(tr("Save as a &campaign"), this))
    , m_campaignName(new QLineEdit(this))
    , m_audience(new QLineEdit(this))
    , m_offer(new QLineEdit(this))
    , m_jobs(new JobRunner(m_ctx.database, this))
{
    setObjectName(u"bulkPreviewPage"_s);
    setTitle(tr("Preview"));
    setSubTitle(tr("What will change for each user. Nothing is sent to TradingView until you "
                   "queue the changes."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Queue changes"));
    auto *layout = new QVBoxLayout(this);
    m_status->setObjectName(u"previewStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *totals = new QGridLayout;
    const QList<std::pair<QLabel *, QString>> figures{{m_users, tr("users")},
                                                      {m_grants, tr("new grants")},
                                                      {m_extensions, tr("extensions")},
                                                      {m_noChanges, tr("no change")},
                                                      {m_revokes, tr("revokes")}};
    for (int i = 0; i < figures.size(); ++i) {
        totals->addWidget(figures.at(i).first, 0, i);
        auto *caption = new QLabel(figures.at(i).second, this);
        caption->setAlignment(Qt::AlignCenter);
        totals->addWidget(caption, 1, i);
    }
    layout->addLayout(totals);

    m_warnings->setObjectName(u"previewWarnings"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    layout->addWidget(m_warnings);

    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("S&how:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(u"previewFilter"_s);
    m_filter->addItem(tr("Everyone"), QString());
    m_filter->addItem(tr("Users with changes"), u"change"_s);
    m_filter->addItem(tr("No change"), u"nochange"_s);
    m_filter->addItem(tr("New grants"), u"grant"_s);
    m_filter->addItem(tr("Extensions"), u"extend"_s);
    m_filter->addItem(tr("Revokes"), u"revoke"_s);
    m_filter->addItem(tr("Lifetime holders"), u"lifetime"_s);
    m_filter->addItem(tr("New clients"), u"new"_s);
    m_filter->addItem(tr("Without e-mail"), u"noemail"_s);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    layout->addLayout(filterRow);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BulkPreviewModel::SortRole);
    m_proxy->setFilterRole(BulkPreviewModel::FilterRole);
    m_table->setObjectName(u"previewTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BulkPreviewModel::Change, Qt::AscendingOrder); // changes first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(BulkPreviewModel::Username, 150);
    m_table->setColumnWidth(BulkPreviewModel::Client, 140);
    m_table->setColumnWidth(BulkPreviewModel::Change, 380);
    layout->addWidget(m_table, 1);

    m_campaignBox->setObjectName(u"campaignBox"_s);
    m_campaignBox->setCheckable(true);
    m_campaignBox->setChecked(false);
    auto *campaign = new QFormLayout(m_campaignBox);
    m_campaignName->setObjectName(u"campaignName"_s);
    m_campaignName->setPlaceholderText(tr("e.g. Spring trial 2026"));
    m_audience->setObjectName(u"campaignAudience"_s);
    m_offer->setObjectName(u"campaignOffer"_s);
    auto *nameLabel = new QLabel(tr("Na&me:"), m_campaignBox);
    nameLabel->setBuddy(m_campaignName);
    auto *audienceLabel = new QLabel(tr("A&udience:"), m_campaignBox);
    audienceLabel->setBuddy(m_audience);
    auto *offerLabel = new QLabel(tr("O&ffer:"), m_campaignBox);
    offerLabel->setBuddy(m_offer);
    auto *row = new QHBoxLayout;
    row->addWidget(nameLabel);
    row->addWidget(m_campaignName, 1);
    row->addWidget(audienceLabel);
    row->addWidget(m_audience, 1);
    row->addWidget(offerLabel);
    row->addWidget(m_offer, 2);
    campaign->addRow(row);
    layout->addWidget(m_campaignBox);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const QString word = m_filter->currentData().toString();
        m_proxy->setFilterRegularExpression(
            word.isEmpty() ? QRegularExpression() : QRegularExpression(u"\\b"_s + word + u"\\b"_s));
    });
    connect(m_campaignBox, &QGroupBox::toggled, this, &BulkPreviewPage::completeChanged);
    connect(m_campaignName, &QLineEdit::textChanged, this, &BulkPreviewPage::completeChanged);
}

BulkPreviewPage::~BulkPreviewPage() = default; // the runner (a child) waits for its worker

bool BulkPreviewPage::isComputing() const
{
    return m_jobs->isRunning();
}

void BulkPreviewPage::initializePage()
{
    m_preview.reset();
    Q_EMIT completeChanged();
    // A computation still running for an earlier draft is dropped: the newest run wins.
    m_status->setText(
        tr("Working out what changes for %n user(s)…", nullptr, int(m_draft.usernames.size())));
    m_warnings->clear();
    for (QLabel *l : {m_users, m_grants, m_extensions, m_noChanges, m_revokes})
        l->setText(u"–"_s);
    m_model->setUsers({});
    if (m_audience->text().isEmpty() || !m_audience->isModified())
        m_audience->setText(m_draft.recipients.audience);
    const StoreContext context = m_ctx.store();
    const BulkRequest request = m_draft.request;
    const QStringList usernames = m_draft.usernames;
    m_jobs->run<Expected<BulkPreview::Result>>(
        [context, request, usernames](JobControl &) {
            return BulkPreview::compute(context, request, usernames);
        },
        [this](const Expected<BulkPreview::Result> &result) { showPreview(result); });
    m_table->setFocus();
}

void BulkPreviewPage::showPreview(const Expected<BulkPreview::Result> &result)
{
    if (!result) {
        m_status->setText(tr("The changes could not be worked out: %1").arg(result.error()));
        Q_EMIT previewShown();
        return;
    }
    m_preview = *result;
    const BulkPreview::Totals &t = result->totals;
    m_users->setText(QString::number(t.users));
    m_grants->setText(QString::number(t.grants));
    m_extensions->setText(QString::number(t.extensions));
    m_noChanges->setText(QString::number(t.noChanges));
    m_revokes->setText(QString::number(t.revokes));
    m_status->setText(
        t.changes() == 0
            ? tr("Nothing would change: every user already has what you asked for.")
            : tr("%1: %n user(s) change, %2 left out at the check.", nullptr, t.usersChanged)
                  .arg(result->offer)
                  .arg(m_draft.excluded.size()));
    QStringList warnings;
    for (const QString &w : result->warnings)
        warnings.append(u"⚠ "_s + w);
    m_warnings->setText(warnings.join(u'\n'));
    m_model->setUsers(result->users);
    if (!m_offer->isModified())
        m_offer->setText(result->offer);
    setButtonText(QWizard::CommitButton, tr("&Queue %n change(s)", nullptr, t.changes()));
    Q_EMIT completeChanged();
    Q_EMIT previewShown();
}

void BulkPreviewPage::saveAsCampaign(const QString &name)
{
    m_campaignBox->setChecked(true);
    m_campaignName->setText(name);
}

bool BulkPreviewPage::isComplete() const
{
    if (!m_preview || m_jobs->isRunning() || m_preview->totals.changes() == 0)
        return false;
    return !m_campaignBox->isChecked() || !m_campaignName->text().trimmed().isEmpty();
}

bool BulkPreviewPage::validatePage()
{
    if (!isComplete())
        return false;
    m_draft.campaign.reset();
    if (m_campaignBox->isChecked()) {
        const QString name = m_campaignName->text().simplified();
        const auto campaigns = CampaignService(m_ctx.services()).campaigns();
        if (!campaigns) {
            Prompter::instance().warn(this, tr("Campaign not checked"), campaigns.error());
            return false;
        }
        for (const Campaign &c : *campaigns) {
            if (c.name.compare(name, Qt::CaseInsensitive) == 0) {
                Prompter::instance().warn(this, tr("Campaign name taken"),
                                          tr("A campaign named \"%1\" already exists. Choose "
                                             "another name.")
                                              .arg(name));
                m_campaignName->setFocus();
                return false;
            }
        }
        Campaign c;
        c.name = name;
        c.audience = m_audience->text().trimmed();
        c.offer = m_offer->text().trimmed();
        m_draft.campaign = c;
    }
    return true;
}

} // namespace pinedesk
