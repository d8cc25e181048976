#include "IndicatorDialog.h"

#include "services/CatalogService.h"

#include "domain/PineIdValidator.h"
#include "tradingview/TvConnection.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

IndicatorDialog::IndicatorDialog(ConsoleContext context, qint64 indicatorId, QWidget *parent)
    : QDialog(parent)
    , m_ctx(std::move(context))
    , m_id(indicatorId)
    , m_name(new QLineEdit(this))
    , m_pineId(new QLineEdit(this))
    , m_pineIdMessage(new QLabel(this))
    , m_check(new QPushButton(tr("Check on &TradingView"), this))
    , m_checkResult(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_versions(new QTableWidget(0, 3, this))
    , m_versionName(new QLineEdit(this))
    , m_versionDate(new QDateEdit(this))
    , m_versionNotes(new QLineEdit(this))
    , m_addVersion(new QPushButton(tr("&Add version"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_id == 0 ? tr("New indicator") : tr("Edit indicator"));
    m_name->setObjectName(u"indicatorName"_s);
    m_pineId->setObjectName(u"indicatorPineId"_s);
    m_pineId->setPlaceholderText(tr("PUB;0123456789abcdef0123456789abcdef"));
    m_pineIdMessage->setObjectName(u"pineIdMessage"_s);
    m_pineIdMessage->setWordWrap(true);
    m_check->setObjectName(u"checkOnTradingView"_s);
    m_check->setAutoDefault(false);
    m_checkResult->setObjectName(u"checkResult"_s);
    m_checkResult->setWordWrap(true);
    m_status->setObjectName(u"indicatorStatus"_s);
    for (IndicatorStatus s :
         {IndicatorStatus::Development, IndicatorStatus::Live, IndicatorStatus::Retired})
        m_status->addItem(IndicatorStatusNames::displayName(s), int(s));
    m_description->setObjectName(u"indicatorDescription"_s);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *pineRow = new QHBoxLayout;
    pineRow->addWidget(m_pineId, 1);
    pineRow->addWidget(m_check);
    form->addRow(tr("&Pine ID:"), pineRow);
    qobject_cast<QLabel *>(form->labelForField(pineRow))->setBuddy(m_pineId);
    form->addRow(QString(), m_pineIdMessage);
    form->addRow(QString(), m_checkResult);
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("&Description:"), m_description);

    auto *history = new QGroupBox(tr("Version history"), this);
    m_versions->setObjectName(u"versionsTable"_s);
    m_versions->setHorizontalHeaderLabels({tr("Version"), tr("Released"), tr("Notes")});
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->verticalHeader()->hide();
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setTabKeyNavigation(false);
    m_versionName->setObjectName(u"versionName"_s);
    m_versionName->setPlaceholderText(tr("2.1"));
    m_versionName->setMaximumWidth(m_versionName->fontMetrics().averageCharWidth() * 12);
    m_versionDate->setObjectName(u"versionDate"_s);
    m_versionDate->setCalendarPopup(true);
    m_versionDate->setDate(m_ctx.clock.nowUtc().toLocalTime().date());
    m_versionNotes->setObjectName(u"versionNotes"_s);
    m_versionNotes->setPlaceholderText(tr("What changed"));
    m_addVersion->setObjectName(u"addVersion"_s);
    m_addVersion->setAutoDefault(false);
    auto *addRow = new QHBoxLayout;
    auto addLabelled = [this, addRow](const QString &text, QWidget *field, int stretch) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        addRow->addWidget(label);
        addRow->addWidget(field, stretch);
    };
    addLabelled(tr("&Version:"), m_versionName, 0);
    addLabelled(tr("&Released:"), m_versionDate, 0);
    addLabelled(tr("N&otes:"), m_versionNotes, 1);
    addRow->addWidget(m_addVersion);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(m_versions);
    historyLayout->addLayout(addRow);

    m_error->setObjectName(u"dialogError"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(history, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(640, 560);

    connect(m_name, &QLineEdit::textChanged, this, &IndicatorDialog::validateInput);
    connect(m_pineId, &QLineEdit::textChanged, this, [this] {
        ++m_checkGeneration; // an answer on its way is about the previous id
        m_checking = false;
        m_checkResult->clear();
        m_noSessionShown = false;
        validateInput();
    });
    connect(m_check, &QPushButton::clicked, this, &IndicatorDialog::checkOnTradingView);
    connect(m_addVersion, &QPushButton::clicked, this, &IndicatorDialog::addVersion);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IndicatorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IndicatorDialog::reject);
    if (m_ctx.tv) {
        connect(m_ctx.tv, &TvConnection::stateChanged, this,
                &IndicatorDialog::updateCheckAvailability);
    }
    load();
    validateInput();
}

QString IndicatorDialog::pineIdMessage() const
{
    return m_pineIdMessage->text();
}

QString IndicatorDialog::checkMessage() const
{
    return m_checkResult->text();
}

QString IndicatorDialog::errorMessage() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void IndicatorDialog::load()
{
    if (m_id == 0) {
        m_status->setCurrentIndex(m_status->findData(int(IndicatorStatus::Development)));
        renderVersions();
        return;
    }
    CatalogService catalog(m_ctx.services());
    const auto found = catalog.indicator(m_id);
    auto versions = found && *found ? catalog.versions(m_id) : QList<IndicatorVersion>();
    if (!found || !*found || !versions) {
        // Never offer to save a form that was not filled from the database.
        m_error->setText(
            !found    ? tr("The indicator could not be read: %1").arg(found.error())
            : !*found ? tr("This indicator no longer exists.")
                      : tr("The indicator's versions could not be read: %1").arg(versions.error()));
        m_error->show();
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    const auto &indicator = *found;
    m_name->setText(indicator->name);
    m_pineId->setText(indicator->pineId);
    m_status->setCurrentIndex(m_status->findData(int(indicator->status)));
    m_description->setPlainText(indicator->description);
    m_existingVersions = std::move(versions).value();
    renderVersions();
}

void IndicatorDialog::validateInput()
{
    const auto id = PineIdValidator::validate(m_pineId->text());
    m_pineIdValid = id.ok();
    m_pineIdMessage->setText(id ? tr("The script id is well formed.") : id.error().message());
    m_pineIdMessage->setForegroundRole(id ? QPalette::PlaceholderText : QPalette::WindowText);
    QFont font = m_pineIdMessage->font();
    font.setBold(!id);
    m_pineIdMessage->setFont(font);
    if (QPushButton *save = m_buttons->button(QDialogButtonBox::Save))
        save->setEnabled(m_pineIdValid && !m_name->text().trimmed().isEmpty());
    updateCheckAvailability();
}

void IndicatorDialog::updateCheckAvailability()
{
    const bool session = m_ctx.tv && m_ctx.tv->hasSession();
    m_check->setEnabled(session && m_pineIdValid && !m_checking);
    if (!session) {
        m_checkResult->setText(
            tr("No TradingView session: add one in Settings to check whether this script is "
               "yours."));
        m_noSessionShown = true;
    } else if (std::exchange(m_noSessionShown, false)) {
        m_checkResult->clear();
    }
}

void IndicatorDialog::checkOnTradingView()
{
    const auto id = PineIdValidator::validate(m_pineId->text());
    if (!id || !m_ctx.tv || !m_ctx.tv->hasSession())
        return;
    const quint64 generation = ++m_checkGeneration;
    m_checking = true;
    showCheck(tr("Checking on TradingView…"));
    updateCheckAvailability();
    QPointer<IndicatorDialog> self(this);
    m_ctx.tv->client()->listScripts(
        [self, generation, pineId = *id](const TvResult<QList<TvScript>> &result) {
            if (IndicatorDialog *dialog = self.data())
                dialog->checkAnswered(generation, pineId, result);
        });
}

void IndicatorDialog::checkAnswered(quint64 generation, const QString &pineId,
                                    const TvResult<QList<TvScript>> &result)
{
    if (generation != m_checkGeneration)
        return; // the id changed meanwhile
    m_checking = false;
    if (!result) {
        showCheck(tr("Could not check on TradingView: %1").arg(result.error().message()));
    } else {
        const auto found =
            std::find_if(result->cbegin(), result->cend(),
                         [&pineId](const TvScript &s) { return s.pineId == pineId; });
        if (found == result->cend()) {
            showCheck(tr("Not among your scripts: this TradingView account cannot share it."));
        } else {
            showCheck(tr("Yours: %1").arg(found->name.isEmpty() ? pineId : found->name));
            if (m_name->text().trimmed().isEmpty() && !found->name.isEmpty())
                m_name->setText(found->name);
        }
    }
    updateCheckAvailability();
    Q_EMIT checkFinished();
}

void IndicatorDialog::showCheck(const QString &text)
{
    m_noSessionShown = false;
    m_checkResult->setText(text);
}

void IndicatorDialog::addVersion()
{
    const QString version = m_versionName->text().trimmed();
    if (version.isEmpty()) {
        m_error->setText(tr("Give the version a name, such as 2.1."));
        m_error->show();
        m_versionName->setFocus();
        return;
    }
    const auto same = [&version](const IndicatorVersion &v) {
        return v.version == version;
    };
    if (std::any_of(m_existingVersions.cbegin(), m_existingVersions.cend(), same) ||
        std::any_of(m_pendingVersions.cbegin(), m_pendingVersions.cend(), same)) {
        m_error->setText(tr("Version %1 is already in this indicator's history.").arg(version));
        m_error->show();
        return;
    }
    // Noon UTC keeps the calendar day the vendor picked in any time zone within 12 hours.
    const QDateTime released(m_versionDate->date(), QTime(12, 0), QTimeZone::utc());
    m_pendingVersions.append({0, m_id, version, released, m_versionNotes->text().trimmed()});
    m_versionName->clear();
    m_versionNotes->clear();
    m_error->hide();
    renderVersions();
}

void IndicatorDialog::renderVersions()
{
    struct Shown
    {
        IndicatorVersion version;
        bool pending;
    };
    QList<Shown> shown;
    for (const IndicatorVersion &v : m_pendingVersions)
        shown.append({v, true});
    for (const IndicatorVersion &v : m_existingVersions)
        shown.append({v, false});
    std::stable_sort(shown.begin(), shown.end(), [](const Shown &a, const Shown &b) {
        return a.version.releasedAt > b.version.releasedAt;
    });
    const QLocale locale;
    m_versions->setRowCount(int(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const IndicatorVersion &v = shown[row].version;
        const QString date =
            locale.toString(v.releasedAt.toLocalTime().date(), QLocale::ShortFormat);
        const QStringList cells{v.version, date, v.notes};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (shown[row].pending) {
                QFont font = item->font();
                font.setItalic(true);
                item->setFont(font);
                item->setToolTip(tr("Saved with the indicator"));
            }
            m_versions->setItem(row, column, item);
        }
    }
    m_versions->resizeColumnToContents(0);
    m_versions->resizeColumnToContents(1);
}

Status IndicatorDialog::save()
{
    Indicator indicator;
    indicator.id = m_id;
    indicator.name = m_name->text();
    indicator.pineId = m_pineId->text();
    indicator.status = IndicatorStatus(m_status->currentData().toInt());
    indicator.description = m_description->toPlainText().trimmed();

    // The indicator and its new versions are one change: all or nothing.
    const auto id = CatalogService(m_ctx.services()).saveIndicator(indicator, m_pendingVersions);
    if (!id)
        return Status::failure(id.error());
    m_id = *id;
    m_pendingVersions.clear();
    return {};
}

void IndicatorDialog::accept()
{
    if (const Status s = save(); !s) {
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    Q_EMIT saved(m_id, m_name->text().trimmed());
    QDialog::accept();
}

} // namespace pinedesk
