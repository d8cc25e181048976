#include "AccessChangeDialog.h"

#include "services/AccessService.h"

#include "Prompter.h"
#include "domain/Clock.h"
#include "services/CatalogService.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

constexpr int presetDate = 5;

struct Preset
{
    const char *key;
    Duration duration;
};

const Preset presets[] = {{"7D", Duration::days(7)},
                          {"30D", Duration::days(30)},
                          {"90D", Duration::days(90)},
                          {"1Y", Duration::years(1)},
                          {"LIFETIME", Duration::lifetime()}};

} // namespace

AccessChangeDialog::AccessChangeDialog(ConsoleContext context, QStringList usernames,
                                       AccessChanges::Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_ctx(std::move(context))
    , m_usernames(std::move(usernames))
    , m_mode(new QComboBox(this))
    , m_indicators(new QListWidget(this))
    , m_presets(new QButtonGroup(this))
    , m_date(new QDateEdit(this))
    , m_message(new QLabel(this))
    , m_durationBox(new QWidget(this))
{
    setWindowTitle(tr("Change access"));
    setObjectName(u"accessChangeDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *who = new QLabel(m_usernames.size() == 1
                               ? tr("Client: %1").arg(m_usernames.first())
                               : tr("%n client(s) selected", nullptr, int(m_usernames.size())),
                           this);
    who->setWordWrap(true);
    layout->addWidget(who);

    auto *form = new QFormLayout;
    m_mode->addItem(tr("Grant"), int(AccessChanges::Mode::Grant));
    m_mode->addItem(tr("Extend"), int(AccessChanges::Mode::Extend));
    m_mode->addItem(tr("Revoke"), int(AccessChanges::Mode::Revoke));
    m_mode->setObjectName(u"mode"_s);
    form->addRow(tr("&Action:"), m_mode);
    m_indicators->setObjectName(u"indicators"_s);
    const auto indicators = CatalogService(m_ctx.services()).indicators();
    for (const Indicator &indicator : indicators ? *indicators : QList<Indicator>()) {
        if (indicator.status == IndicatorStatus::Retired)
            continue;
        auto *item = new QListWidgetItem(
            u"%1  (%2)"_s.arg(indicator.name, IndicatorStatusNames::displayName(indicator.status)),
            m_indicators);
        item->setData(Qt::UserRole, indicator.id);
        item->setData(Qt::UserRole + 1, indicator.pineId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    form->addRow(tr("&Indicators:"), m_indicators);

    auto *durations = new QHBoxLayout(m_durationBox);
    durations->setContentsMargins(0, 0, 0, 0);
    const QString labels[] = {tr("7 days"), tr("30 days"), tr("90 days"), tr("1 year"),
                              tr("Lifetime")};
    for (int i = 0; i < 5; ++i) {
        auto *button = new QRadioButton(labels[i], m_durationBox);
        button->setObjectName(QString::fromLatin1(presets[i].key));
        m_presets->addButton(button, i);
        durations->addWidget(button);
    }
    auto *until = new QRadioButton(tr("Until"), m_durationBox);
    until->setObjectName(u"until"_s);
    m_presets->addButton(until, presetDate);
    durations->addWidget(until);
    m_date->setCalendarPopup(true);
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    m_date->setMinimumDate(today); // a date in the past would queue grants that already ended
    m_date->setDate(today.addDays(30));
    durations->addWidget(m_date);
    m_presets->button(1)->setChecked(true);
    form->addRow(tr("&Duration:"), m_durationBox);
    layout->addLayout(form);

    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    if (!indicators)
        m_message->setText(tr("The indicators could not be read: %1").arg(indicators.error()));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *queue = buttons->addButton(tr("&Queue changes"), QDialogButtonBox::AcceptRole);
    queue->setObjectName(u"queueButton"_s);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(queue, &QPushButton::clicked, this, [this] {
        if (submit())
            accept();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &AccessChangeDialog::updateState);
    connect(m_presets, &QButtonGroup::idToggled, this, &AccessChangeDialog::updateState);
    setMode(mode);
}

void AccessChangeDialog::setMode(AccessChanges::Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
    updateState();
}

void AccessChangeDialog::selectIndicators(const QList<qint64> &ids)
{
    for (int i = 0; i < m_indicators->count(); ++i) {
        QListWidgetItem *item = m_indicators->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

void AccessChangeDialog::choosePreset(const QString &preset)
{
    for (int i = 0; i < 5; ++i) {
        if (preset.compare(QLatin1StringView(presets[i].key), Qt::CaseInsensitive) == 0)
            m_presets->button(i)->setChecked(true);
    }
}

void AccessChangeDialog::chooseDate(const QDate &date)
{
    m_date->setDate(date);
    m_presets->button(presetDate)->setChecked(true);
}

bool AccessChangeDialog::confirmEndingLifetime(const AccessChanges::Request &r)
{
    // A date ends lifetime access: say how many would lose it and ask first.
    const auto counted = AccessService(m_ctx.services()).lifetimeAccesses(r);
    if (!counted) {
        // Unknown means "maybe": nothing is changed without the question.
        m_message->setText(tr("Nothing was changed: %1").arg(counted.error()));
        return false;
    }
    const int lifetime = *counted;
    if (lifetime == 0)
        return true;
    const bool ok = Prompter::instance().confirm(
        this, tr("End lifetime access"),
        tr("%n of these accesses are for life. With a date they end on %1: those clients lose "
           "access they were given for life.",
           nullptr, lifetime)
            .arg(QLocale().toString(r.until.value(), QLocale::ShortFormat)),
        tr("End them on that date"));
    if (!ok)
        m_message->setText(tr("Nothing was changed."));
    return ok;
}

QString AccessChangeDialog::message() const
{
    return m_message->text();
}

void AccessChangeDialog::updateState()
{
    const auto mode = AccessChanges::Mode(m_mode->currentData().toInt());
    m_durationBox->setEnabled(mode != AccessChanges::Mode::Revoke);
    m_date->setEnabled(m_presets->checkedId() == presetDate);
    m_message->setText(mode == AccessChanges::Mode::Extend
                           ? tr("An extension counts from the current expiry, or from today when "
                                "it has passed. Lifetime access stays lifetime unless you choose "
                                "a date.")
                           : QString());
}

AccessChanges::Request AccessChangeDialog::request() const
{
    AccessChanges::Request r;
    r.mode = AccessChanges::Mode(m_mode->currentData().toInt());
    r.usernames = m_usernames;
    for (int i = 0; i < m_indicators->count(); ++i) {
        if (m_indicators->item(i)->checkState() == Qt::Checked)
            r.pineIds.append(m_indicators->item(i)->data(Qt::UserRole + 1).toString());
    }
    const int preset = m_presets->checkedId();
    if (r.mode != AccessChanges::Mode::Revoke) {
        if (preset == presetDate)
            r.until = m_date->date();
        else if (preset >= 0)
            r.duration = presets[preset].duration;
    }
    r.label = m_mode->currentText();
    return r;
}

bool AccessChangeDialog::submit()
{
    const AccessChanges::Request r = request();
    if (r.pineIds.isEmpty()) {
        m_message->setText(tr("Choose at least one indicator."));
        return false;
    }
    if (m_usernames.size() > maxClients) {
        m_message->setText(tr("That is more than %1 clients: use File › Bulk changes… for large "
                              "selections (it checks, previews and follows the run).")
                               .arg(maxClients));
        return false;
    }
    if (r.until && !confirmEndingLifetime(r))
        return false;
    const auto summary = AccessService(m_ctx.services()).apply(r);
    if (!summary) {
        m_message->setText(summary.error());
        return false;
    }
    const QString text = summary->queued > 0
                             ? tr("%n change(s) queued for TradingView.", nullptr, summary->queued)
                             : tr("Nothing to change: TradingView already has what you asked for.");
    m_message->setText(text);
    Q_EMIT changesQueued(text);
    return true;
}

} // namespace pinedesk
