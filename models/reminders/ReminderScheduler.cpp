#include "ReminderScheduler.h"

#include "AccessNotices.h"
#include "NotificationSweep.h"
#include "domain/Clock.h"
#include "jobs/JobRunner.h"
#include "logging/LogCategories.h"
#include "mail/SmtpClient.h"
#include "mail/SmtpSettings.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

struct Outcome
{
    int announced = 0;
    int notifications = 0;
    int sent = 0;
    QString error;
};

} // namespace

ReminderScheduler::ReminderScheduler(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_jobs(new JobRunner(database, this))
{
    m_timer.setInterval(60 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::checkNow);
}

ReminderScheduler::~ReminderScheduler() = default; // the runner (a child) waits for its work

void ReminderScheduler::start()
{
    m_timer.start();
    checkNow();
}

bool ReminderScheduler::isRunning() const
{
    return m_jobs->isRunning();
}

void ReminderScheduler::checkNow()
{
    if (m_jobs->isRunning())
        return;
    Database *database = &m_database;
    const Clock *clock = &m_clock;
    const QByteArray password = m_password;
    m_jobs->run<Outcome>(
        [database, clock, password](JobControl &control) {
            Outcome outcome;
            const StoreContext context{*database, *clock, u"reminders"_s};
            const auto alerts = ExpiryAlerts(context).run();
            if (!alerts) {
                outcome.error = alerts.error().message();
                return outcome;
            }
            outcome.announced = int(alerts->alerts.size());
            outcome.notifications = alerts->notifications;
            const auto notices = AccessNotices(context).run();
            if (!notices) {
                outcome.error = notices.error().message();
                return outcome;
            }
            const auto swept = NotificationSweep(context).run();
            if (!swept) {
                outcome.error = swept.error().message();
                return outcome;
            }
            outcome.notifications += *swept;
            const SmtpSettings smtp = SmtpSettings::load(context);
            if (!smtp.isSet() || control.isCancelled())
                return outcome;
            const SmtpClient client(smtp, password);
            const auto sent =
                MailDrain(context, client, smtp.perMinute).run(200, &control.cancelFlag());
            if (!sent) {
                outcome.error = sent.error().message();
                return outcome;
            }
            outcome.sent = sent->sent;
            outcome.error = sent->stoppedBecause;
            return outcome;
        },
        [this](const Outcome &outcome) {
            if (!outcome.error.isEmpty()) {
                qCWarning(lcServices) << "reminders:" << outcome.error;
                Q_EMIT failed(outcome.error);
            }
            Q_EMIT ran(outcome.announced, outcome.notifications, outcome.sent);
        });
}

} // namespace pinedesk
