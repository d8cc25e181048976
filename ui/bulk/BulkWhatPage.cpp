#include "BulkWhatPage.h"

#include "domain/Indicator.h"
#include "domain/Plan.h"
#include "services/CatalogService.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

using Mode = BulkRequest::Mode;

QString modeHelp(Mode mode)
{
    switch (mode) {
    case Mode::Grant:
        return BulkWhatPage::tr("Gives access for at least this long from today. Access that "
                                "already runs longer is left as it is.");
    case Mode::Extend:
        return BulkWhatPage::tr("Adds the time to what each user holds (from today when nothing "
                                "runs), as a renewal does.");
    case Mode::Revoke:
        return BulkWhatPage::tr("Takes the access away from each user who holds it.");
    case Mode::Replace:
        return BulkWhatPage::tr("Moves users from one plan to another: indicators only the old "
                                "plan has are revoked, those only the new plan has are granted, "
                                "and those in both are extended by the new plan's duration.");
    }
    return {};
}

} // namespace

BulkWhatPage::BulkWhatPage(ConsoleContext context, BulkDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_ctx(std::move(context))
    , m_draft(draft)
    , m_modes(new QButtonGroup(this))
    , m_modeHelp(new QLabel(this))
    , m_targetBox(new QGroupBox(tr("Indicators"), this))
    , m_byIndicators(new QRadioButton(tr("These &indicators:"), this))
    , m_byPlan(new QRadioButton(tr("The indicators of a p&lan:"), this))
    , m_indicators(new QListWidget(this))
    , m_plan(new QComboBox(this))
    , m_replaceBox(new QGroupBox(tr("Plans"), this))
    , m_fromPlan(new QComboBox(this))
    , m_toPlan(new QComboBox(this))
    , m_lengthBox(new QGroupBox(tr("How long"), this))
    , m_lengths(new QButtonGroup(this))
    , m_preset(new QComboBox(this))
    , m_custom(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_planLength(new QLabel(this))
    , m_keepLifetime(new QCheckBox(tr("Leave lifetime accesses as they &are"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"bulkWhatPage"_s);
    setTitle(tr("What"));
    setSubTitle(tr("What the run gives or takes away, and for how long."));
    auto *layout = new QVBoxLayout(this);

    auto *modes = new QHBoxLayout;
    const QList<std::pair<Mode, QString>> modeTexts{{Mode::Grant, tr("&Grant")},
                                                    {Mode::Extend, tr("E&xtend")},
                                                    {Mode::Revoke, tr("&Revoke")},
                                                    {Mode::Replace, tr("Change &plan")}};
    for (const auto &[id, text] : modeTexts) {
        auto *button = new QRadioButton(text, this);
        button->setObjectName(u"mode%1"_s.arg(int(id)));
        m_modes->addButton(button, int(id));
        modes->addWidget(button);
    }
    modes->addStretch(1);
    layout->addLayout(modes);
    m_modeHelp->setWordWrap(true);
    m_modeHelp->setObjectName(u"modeHelp"_s);
    layout->addWidget(m_modeHelp);

    auto *columns = new QHBoxLayout;
    auto *targetLayout = new QVBoxLayout(m_targetBox);
    m_byIndicators->setObjectName(u"byIndicators"_s);
    m_byPlan->setObjectName(u"byPlan"_s);
    m_indicators->setObjectName(u"indicatorList"_s);
    m_plan->setObjectName(u"planChoice"_s);
    targetLayout->addWidget(m_byIndicators);
    targetLayout->addWidget(m_indicators, 1);
    targetLayout->addWidget(m_byPlan);
    targetLayout->addWidget(m_plan);
    columns->addWidget(m_targetBox, 1);

    auto *replaceLayout = new QFormLayout(m_replaceBox);
    m_fromPlan->setObjectName(u"fromPlan"_s);
    m_toPlan->setObjectName(u"toPlan"_s);
    auto *fromLabel = new QLabel(tr("&From plan:"), m_replaceBox);
    fromLabel->setBuddy(m_fromPlan);
    auto *toLabel = new QLabel(tr("&To plan:"), m_replaceBox);
    toLabel->setBuddy(m_toPlan);
    replaceLayout->addRow(fromLabel, m_fromPlan);
    replaceLayout->addRow(toLabel, m_toPlan);
    columns->addWidget(m_replaceBox, 1);

    auto *right = new QVBoxLayout;
    auto *lengthLayout = new QGridLayout(m_lengthBox);
    const QList<std::pair<Length, QString>> lengthTexts{{Length::Preset, tr("&Duration:")},
                                                        {Length::Custom, tr("C&ustom:")},
                                                        {Length::Date, tr("Until dat&e:")}};
    QList<QWidget *> editors{m_preset, m_custom, m_date};
    for (int i = 0; i < lengthTexts.size(); ++i) {
        auto *button = new QRadioButton(lengthTexts.at(i).second, m_lengthBox);
        button->setObjectName(u"length%1"_s.arg(i));
        m_lengths->addButton(button, int(lengthTexts.at(i).first));
        lengthLayout->addWidget(button, i, 0);
        lengthLayout->addWidget(editors.at(i), i, 1);
    }
    m_preset->setObjectName(u"presetDuration"_s);
    for (const QString &spelling :
         {u"7D"_s, u"14D"_s, u"30D"_s, u"1M"_s, u"3M"_s, u"6M"_s, u"1Y"_s, u"L"_s})
        m_preset->addItem(Duration::parse(spelling)->displayText(), spelling);
    m_custom->setObjectName(u"customDuration"_s);
    m_custom->setPlaceholderText(tr("e.g. 45D, 2W, 6M, 2Y"));
    m_date->setObjectName(u"untilDate"_s);
    m_date->setCalendarPopup(true);
    const QDate today = m_ctx.clock.nowUtc().date();
    m_date->setMinimumDate(today);
    m_date->setDate(today.addMonths(1));
    m_planLength->setObjectName(u"planLength"_s);
    m_planLength->setWordWrap(true);
    lengthLayout->addWidget(m_planLength, 3, 0, 1, 2);
    lengthLayout->setColumnStretch(1, 1);
    right->addWidget(m_lengthBox);
    m_keepLifetime->setObjectName(u"keepLifetime"_s);
    m_keepLifetime->setChecked(true);
    m_keepLifetime->setToolTip(tr("When ticked, users who hold an indicator for life keep it for "
                                  "life: no date is set and nothing is revoked for them."));
    right->addWidget(m_keepLifetime);
    right->addStretch(1);
    columns->addLayout(right, 1);
    layout->addLayout(columns, 1);

    m_summary->setObjectName(u"whatSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_modes->button(int(Mode::Grant))->setChecked(true);
    m_byIndicators->setChecked(true);
    m_lengths->button(int(Length::Preset))->setChecked(true);
    m_preset->setCurrentIndex(0);

    connect(m_modes, &QButtonGroup::idClicked, this, &BulkWhatPage::refresh);
    connect(m_lengths, &QButtonGroup::idClicked, this, &BulkWhatPage::refresh);
    connect(m_byIndicators, &QRadioButton::toggled, this, &BulkWhatPage::refresh);
    connect(m_indicators, &QListWidget::itemChanged, this, &BulkWhatPage::refresh);
    for (QComboBox *box : {m_plan, m_fromPlan, m_toPlan, m_preset})
        connect(box, &QComboBox::currentIndexChanged, this, &BulkWhatPage::refresh);
    connect(m_custom, &QLineEdit::textChanged, this, [this] {
        m_lengths->button(int(Length::Custom))->setChecked(true);
        refresh();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        m_lengths->button(int(Length::Date))->setChecked(true);
        refresh();
    });
    connect(m_keepLifetime, &QCheckBox::toggled, this, &BulkWhatPage::refresh);
    connect(m_plan, &QComboBox::activated, this, [this] { m_byPlan->setChecked(true); });
}

void BulkWhatPage::initializePage()
{
    QString readError;
    CatalogService catalog(m_ctx.services());
    const auto indicators = m_loaded ? QList<Indicator>() : catalog.indicators();
    auto plans = m_loaded ? QList<Plan>() : catalog.plans();
    if (!indicators || !plans) {
        // Nothing to choose from: the page stays incomplete and is read again when shown again.
        readError = tr("The catalog could not be read: %1")
                        .arg(!indicators ? indicators.error() : plans.error());
    } else if (!m_loaded) {
        m_loaded = true;
        m_plans = std::move(plans).value();
        const QSignalBlocker blockList(m_indicators);
        for (const Indicator &i : *indicators) {
            QString text = i.name;
            if (i.status == IndicatorStatus::Retired)
                text = tr("%1 (retired)").arg(i.name);
            else if (i.status == IndicatorStatus::Development)
                text = tr("%1 (in development)").arg(i.name);
            auto *item = new QListWidgetItem(text, m_indicators);
            item->setData(Qt::UserRole, i.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        for (QComboBox *box : {m_plan, m_fromPlan, m_toPlan}) {
            const QSignalBlocker block(box);
            for (const Plan &p : std::as_const(m_plans)) {
                box->addItem(tr("%1 (%2, %n indicator(s))", nullptr, int(p.indicatorIds.size()))
                                 .arg(p.name, p.duration.displayText()),
                             p.id);
            }
            box->setCurrentIndex(-1);
            box->setPlaceholderText(box->count() == 0 ? tr("No plans yet") : tr("Choose a plan…"));
        }
    }
    refresh();
    if (!readError.isEmpty())
        m_summary->setText(readError);
    m_modes->checkedButton()->setFocus();
}

BulkRequest::Mode BulkWhatPage::mode() const
{
    return Mode(m_modes->checkedId());
}

void BulkWhatPage::setMode(Mode mode)
{
    m_modes->button(int(mode))->setChecked(true);
    refresh();
}

void BulkWhatPage::chooseIndicators(const QList<qint64> &ids)
{
    m_byIndicators->setChecked(true);
    for (int row = 0; row < m_indicators->count(); ++row) {
        QListWidgetItem *item = m_indicators->item(row);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
    refresh();
}

void BulkWhatPage::choosePlan(qint64 planId)
{
    m_plan->setCurrentIndex(m_plan->findData(planId));
    m_byPlan->setChecked(true);
    refresh();
}

void BulkWhatPage::chooseReplace(qint64 fromPlanId, qint64 toPlanId)
{
    m_modes->button(int(Mode::Replace))->setChecked(true);
    m_fromPlan->setCurrentIndex(m_fromPlan->findData(fromPlanId));
    m_toPlan->setCurrentIndex(m_toPlan->findData(toPlanId));
    refresh();
}

void BulkWhatPage::choosePreset(const QString &duration)
{
    m_preset->setCurrentIndex(m_preset->findData(duration));
    m_lengths->button(int(Length::Preset))->setChecked(true);
    refresh();
}

std::optional<Duration> BulkWhatPage::customDuration() const
{
    const auto parsed = Duration::parse(m_custom->text());
    return parsed ? std::optional<Duration>(*parsed) : std::nullopt;
}

BulkRequest BulkWhatPage::request() const
{
    BulkRequest r;
    r.mode = mode();
    r.keepLifetime = m_keepLifetime->isChecked();
    if (r.mode == Mode::Replace) {
        if (m_fromPlan->currentIndex() >= 0)
            r.fromPlanId = m_fromPlan->currentData().toLongLong();
        if (m_toPlan->currentIndex() >= 0)
            r.planId = m_toPlan->currentData().toLongLong();
        return r;
    }
    if (m_byPlan->isChecked()) {
        if (m_plan->currentIndex() >= 0)
            r.planId = m_plan->currentData().toLongLong();
    } else {
        for (int row = 0; row < m_indicators->count(); ++row) {
            const QListWidgetItem *item = m_indicators->item(row);
            if (item->checkState() == Qt::Checked)
                r.indicatorIds.append(item->data(Qt::UserRole).toLongLong());
        }
    }
    if (r.mode == Mode::Revoke)
        return r;
    switch (Length(m_lengths->checkedId())) {
    case Length::Preset:
        r.duration = Duration::parse(m_preset->currentData().toString()).value();
        break;
    case Length::Custom:
        r.duration = customDuration();
        break;
    case Length::Date:
        r.until = m_date->date();
        break;
    }
    return r;
}

void BulkWhatPage::refresh()
{
    const Mode m = mode();
    const bool replace = m == Mode::Replace;
    m_modeHelp->setText(modeHelp(m));
    m_targetBox->setVisible(!replace);
    m_replaceBox->setVisible(replace);
    m_lengthBox->setEnabled(m != Mode::Revoke);
    for (QAbstractButton *b : m_lengths->buttons())
        b->setVisible(!replace);
    m_preset->setVisible(!replace);
    m_custom->setVisible(!replace);
    m_date->setVisible(!replace);
    m_indicators->setEnabled(m_byIndicators->isChecked());
    m_plan->setEnabled(m_byPlan->isChecked());
    m_planLength->setVisible(replace);
    if (replace) {
        const Plan *plan = nullptr;
        for (const Plan &p : std::as_const(m_plans)) {
            if (m_toPlan->currentIndex() >= 0 && p.id == m_toPlan->currentData().toLongLong())
                plan = &p;
        }
        m_planLength->setText(
            plan ? tr("The new plan's duration applies: %1.").arg(plan->duration.displayText())
                 : tr("The new plan's duration applies."));
    }

    const BulkRequest r = request();
    const Status valid = r.validate();
    const bool badCustom = !replace && m != Mode::Revoke &&
                           m_lengths->checkedId() == int(Length::Custom) &&
                           !m_custom->text().trimmed().isEmpty() && !customDuration();
    if (badCustom)
        m_summary->setText(Duration::parse(m_custom->text()).error());
    else if (!valid)
        m_summary->setText(valid.error());
    else if (m == Mode::Revoke)
        m_summary->setText(r.keepLifetime ? tr("Lifetime accesses are kept.")
                                          : tr("Lifetime accesses are revoked too."));
    else if (r.until || (r.duration && r.duration->isLifetime()))
        m_summary->setText(r.keepLifetime ? tr("Lifetime accesses stay lifetime.")
                                          : tr("Lifetime accesses get the new end too."));
    else
        m_summary->setText(tr("Lifetime accesses stay lifetime."));
    Q_EMIT completeChanged();
}

bool BulkWhatPage::isComplete() const
{
    return request().validate().ok();
}

bool BulkWhatPage::validatePage()
{
    const BulkRequest r = request();
    if (!r.validate())
        return false;
    m_draft.request = r;
    return true;
}

} // namespace pinedesk
