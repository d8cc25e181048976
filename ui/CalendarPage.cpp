#include "CalendarPage.h"

#include "ExpiryCalendarView.h"
#include "domain/Clock.h"
#include "items/ExpiryCalendarModel.h"
#include "settings/AppSettings.h"
#include "store/Database.h"

#include "Prompter.h"
#include "reports/IcsCalendar.h"
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

CalendarPage::CalendarPage(ConsoleContext context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(std::move(context))
    , m_calendar(new ExpiryCalendarView(this))
    , m_model(new ExpiryCalendarModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_monthSummary(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_dayTitle(new QLabel(this))
    , m_message(new QLabel(this))
    , m_today(new QPushButton(tr("&Today"), this))
    , m_exportIcs(new QPushButton(tr("E&xport to calendar app…"), this))
    , m_exportNote(new QLabel(this))
    , m_expiringDays(AppSettings().expiringWithinDays())
{
    m_jobs = new JobRunner(m_ctx.database, this);
    m_exports = new JobRunner(m_ctx.database, this);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Expiry calendar"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *bar = new QHBoxLayout;
    m_today->setObjectName(u"todayButton"_s);
    m_today->setToolTip(tr("Go back to today's date"));
    bar->addWidget(m_today);
    m_monthSummary->setObjectName(u"monthSummary"_s);
    bar->addWidget(m_monthSummary, 1);
    m_exportIcs->setObjectName(u"exportIcs"_s);
    m_exportIcs->setToolTip(tr("The accesses ending in the month shown and the 11 after it, as "
                               "an iCalendar file (.ics) for Thunderbird, Google Calendar, "
                               "Outlook or Apple Calendar: one event per day."));
    bar->addWidget(m_exportIcs);
    layout->addLayout(bar);
    // Its own line: a month loading meanwhile does not wipe what the export said.
    m_exportNote->setObjectName(u"exportMessage"_s);
    m_exportNote->setWordWrap(true);
    m_exportNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_exportNote);

    m_calendar->setObjectName(u"expiryCalendar"_s);
    m_calendar->setToolTip(
        tr("Arrow keys move between days; Page Up and Page Down change the month."));
    layout->addWidget(m_calendar, 3);
    m_legend->setObjectName(u"calendarLegend"_s);
    m_legend->setWordWrap(true);
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_legend);

    m_message->setObjectName(u"calendarMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_dayTitle->setObjectName(u"dayTitle"_s);
    QFont bold = m_dayTitle->font();
    bold.setBold(true);
    m_dayTitle->setFont(bold);
    layout->addWidget(m_dayTitle);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ExpiryCalendarModel::SortRole);
    m_table->setObjectName(u"dayExpiries"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ExpiryCalendarModel::Expires, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_dayTitle->setBuddy(m_table);
    layout->addWidget(m_table, 2);

    setTabOrder(m_today, m_calendar);
    setTabOrder(m_calendar, m_table);

    // The month on screen is set before the signals are connected: one load, not two.
    const QDate now = today();
    setExpiringWithinDays(m_expiringDays);
    m_calendar->setSelectedDate(now);
    showDay(now);

    connect(m_today, &QPushButton::clicked, this, &CalendarPage::showToday);
    connect(m_exportIcs, &QPushButton::clicked, this, [this] { exportIcs(); });
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &CalendarPage::pageChanged);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this,
            [this] { showDay(m_calendar->selectedDate()); });

    load(now.year(), now.month());
}

CalendarPage::~CalendarPage()
{
    delete m_jobs; // waits for a load still running
    delete m_exports;
}

QDate CalendarPage::today() const
{
    return m_ctx.clock.nowUtc().toLocalTime().date();
}

QString CalendarPage::message() const
{
    return m_message->text();
}

void CalendarPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setExpiringWithinDays(AppSettings().expiringWithinDays()); // and today may be another day
    if (!isLoading())
        reload();
}

void CalendarPage::setExpiringWithinDays(int days)
{
    m_expiringDays = days;
    m_calendar->setSoonWindow(today(), days);
    m_legend->setText(tr("The number in a day is how many accesses end that day. Shaded days "
                         "are within the next %n day(s): expiring soon.",
                         nullptr, days));
}

QString CalendarPage::legend() const
{
    return m_legend->text();
}

void CalendarPage::reload()
{
    load(m_calendar->yearShown(), m_calendar->monthShown());
}

void CalendarPage::showToday()
{
    const QDate now = today();
    m_calendar->setSoonWindow(now, m_expiringDays);
    m_calendar->setSelectedDate(now);
    m_calendar->setFocus(Qt::OtherFocusReason);
}

void CalendarPage::showMonth(int year, int month)
{
    m_calendar->setCurrentPage(year, month);
}

void CalendarPage::pageChanged(int year, int month)
{
    // Keep the list below about the month on screen: the same day of the new month.
    const QDate selected = m_calendar->selectedDate();
    if (selected.year() != year || selected.month() != month) {
        const QDate first(year, month, 1);
        const QDate day(year, month, std::min(selected.day(), first.daysInMonth()));
        m_calendar->setSelectedDate(day);
    }
    load(year, month);
}

void CalendarPage::load(int year, int month)
{
    // A month still loading is stale now: its result is dropped, this one is shown.
    m_message->setText(tr("Loading…"));
    Database *database = &m_ctx.database;
    m_jobs->run<Expected<ExpiryMonth>>(
        [database, year, month](JobControl &) { return ExpiryMonth::load(*database, year, month); },
        [this](const Expected<ExpiryMonth> &result) { showLoaded(result); });
}

void CalendarPage::showLoaded(const Expected<ExpiryMonth> &result)
{
    if (!result) {
        m_message->setText(tr("The calendar could not be loaded: %1").arg(result.error()));
        Q_EMIT loaded();
        return;
    }
    if (result->year() != m_calendar->yearShown() || result->month() != m_calendar->monthShown()) {
        reload(); // the vendor moved on to another month meanwhile: read that one
        return;
    }
    m_message->clear();
    m_model->setMonth(*result);
    m_calendar->setCounts(result->counts());
    const QString monthName = QLocale().toString(result->firstDay(), u"MMMM yyyy"_s);
    m_monthSummary->setText(
        result->total() == 0
            ? tr("No access expires in %1.").arg(monthName)
            : tr("%Ln access(es) expire in %1.", nullptr, int(result->total())).arg(monthName));
    showDay(m_calendar->selectedDate());
    Q_EMIT loaded();
}

void CalendarPage::showDay(QDate day)
{
    m_model->setDay(day);
    const QString date = QLocale().toString(day, QLocale::LongFormat);
    if (!m_model->month().contains(day)) {
        m_dayTitle->setText(date);
        return;
    }
    const int count = m_model->countOn(day);
    m_dayTitle->setText(count == 0 ? tr("Nothing expires on %1.").arg(date)
                                   : tr("%Ln access(es) expire on %1:", nullptr, count).arg(date));
}

QString CalendarPage::exportIcs(const QString &chosenPath)
{
    const QDate first(m_calendar->yearShown(), m_calendar->monthShown(), 1);
    const QDate last = first.addMonths(12).addDays(-1);
    const QString path = !chosenPath.isEmpty()
                             ? chosenPath
                             : Prompter::instance().saveFile(this, tr("Export to calendar app"),
                                                             u"pinedesk-expiries.ics"_s,
                                                             tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return {};
    m_exportIcs->setEnabled(false);
    m_exportNote->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    const StoreContext context = m_ctx.store();
    m_exports->run<QString>(
        [context, first, last, path](JobControl &control) {
            const auto ics = IcsCalendar::expiries(
                context, first, last, IcsCalendar::Grouping::PerDay, &control.cancelFlag());
            if (!ics)
                return ics.error().message();
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(*ics) != ics->size() ||
                !file.commit())
                return tr("%1 cannot be written: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString());
            return QString();
        },
        [this, path, first, last](const QString &error) {
            m_exportIcs->setEnabled(true);
            m_exportNote->setText(
                error.isEmpty()
                    ? tr("Saved %1: the accesses ending from %2 to %3. Import it into your "
                         "calendar app; importing it again updates the same events.")
                          .arg(QDir::toNativeSeparators(path),
                               QLocale().toString(first, QLocale::ShortFormat),
                               QLocale().toString(last, QLocale::ShortFormat))
                    : error);
            Q_EMIT exported(error);
        });
    return path;
}

} // namespace pinedesk
