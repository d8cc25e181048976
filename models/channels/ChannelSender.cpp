#include "ChannelSender.h"

#include "ChannelDrain.h"
#include "TeamChannelSecret.h"
#include "domain/Clock.h"
#include "jobs/JobRunner.h"
#include "logging/LogCategories.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

struct Outcome
{
    ChannelDrain::Result result;
    QString error;
};

} // namespace

ChannelSender::ChannelSender(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_jobs(new JobRunner(database, this))
{
    m_timer.setInterval(20 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ChannelSender::sendNow);
}

ChannelSender::~ChannelSender() = default; // the runner (a child) waits for its work

void ChannelSender::start()
{
    m_timer.start();
    sendNow();
}

void ChannelSender::loadSecretsAndStart(const QString &service)
{
    auto waiting = std::make_shared<int>(int(std::size(TeamChannel::allKinds)));
    auto problems = std::make_shared<QStringList>();
    for (TeamChannel::Kind kind : TeamChannel::allKinds) {
        auto *secret = new TeamChannelSecret(kind, service, this);
        secret->load([this, kind, secret, waiting, problems](const QByteArray &value,
                                                             const QString &problem) {
            setSecret(kind, value);
            if (!problem.isEmpty() && !problems->contains(problem))
                problems->append(problem);
            secret->deleteLater();
            if (--*waiting == 0) {
                if (!problems->isEmpty()) {
                    m_problems = *problems;
                    Q_EMIT problemsChanged(*problems);
                }
                start();
            }
        });
    }
}

bool ChannelSender::isRunning() const
{
    return m_jobs->isRunning();
}

void ChannelSender::setSecret(TeamChannel::Kind kind, const QByteArray &secret)
{
    m_secrets.insert(kind, secret);
}

void ChannelSender::sendNow()
{
    if (m_jobs->isRunning()) {
        m_again = true; // what was asked for now goes right after this run
        return;
    }
    m_again = false;
    Database *database = &m_database;
    const Clock *clock = &m_clock;
    const QMap<TeamChannel::Kind, QByteArray> secrets = m_secrets;
    m_jobs->run<Outcome>(
        [database, clock, secrets](JobControl &control) {
            Outcome outcome;
            const StoreContext context{*database, *clock, u"channels"_s};
            const auto ran = ChannelDrain(context, secrets).run(50, &control.cancelFlag());
            if (!ran)
                outcome.error = ran.error().message();
            else
                outcome.result = *ran;
            return outcome;
        },
        [this](const Outcome &outcome) {
            QStringList problems = outcome.result.problems;
            if (!outcome.error.isEmpty())
                problems.prepend(outcome.error);
            if (problems != m_problems) {
                for (const QString &p : problems)
                    qCWarning(lcServices) << "team channels:" << p;
                m_problems = problems;
                Q_EMIT problemsChanged(problems);
            }
            Q_EMIT ran(outcome.result.sent, outcome.result.retried, outcome.result.dead);
            if (m_again)
                sendNow();
        });
}

} // namespace pinedesk
