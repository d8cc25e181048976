#include "UsernameCheck.h"

#include "domain/UsernameValidator.h"
#include "tradingview/TradingViewClient.h"

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

UsernameCheck::UsernameCheck(TradingViewClient *client, SyncConfig config, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_config(std::move(config))
    , m_pacer(m_config)
    , m_backoff(m_config.retryBaseSeconds, m_config.retryCapSeconds)
    , m_random(QRandomGenerator::global()->generate())
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &UsernameCheck::pump);
}

int UsernameCheck::count(Outcome outcome) const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [outcome](const Result &r) { return r.outcome == outcome; }));
}

void UsernameCheck::start(const QStringList &usernames)
{
    ++m_generation; // answers to an earlier list are about other entries
    m_queue.clear();
    m_delayed.clear();
    m_inFlight = 0;
    m_results.clear();
    m_done = 0;
    for (const QString &name : usernames) {
        Result r;
        r.username = name;
        const auto known = m_known.constFind(UsernameValidator::key(name));
        if (known != m_known.constEnd()) {
            r = *known;
            r.username = name;
            ++m_done;
        }
        m_results.append(r);
        if (r.outcome == Outcome::Pending)
            m_queue.push_back(int(m_results.size() - 1));
    }
    m_running = true;
    m_timer.start(0); // answers come asynchronously, even the ones already known
}

void UsernameCheck::enqueue(int index)
{
    m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), index), m_queue.end());
    m_delayed.erase(std::remove_if(m_delayed.begin(), m_delayed.end(),
                                   [index](const Delayed &d) { return d.index == index; }),
                    m_delayed.end());
    Result &r = m_results[index];
    if (r.outcome != Outcome::Pending)
        --m_done;
    r.outcome = Outcome::Pending;
    r.canonical.clear();
    r.message.clear();
    r.attempts = 0;
    m_queue.push_back(index);
    m_running = true;
    if (!m_timer.isActive())
        m_timer.start(0);
}

void UsernameCheck::recheck(int index, const QString &username)
{
    if (index < 0 || index >= m_results.size())
        return;
    m_results[index].username = username;
    const auto known = m_known.constFind(UsernameValidator::key(username));
    if (known == m_known.constEnd()) {
        enqueue(index);
        return;
    }
    // Already answered for another entry: no need to ask again.
    enqueue(index);
    m_queue.pop_back();
    settle(index, known->outcome, known->canonical, known->message);
    finishIfDone();
}

void UsernameCheck::retryErrors()
{
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).outcome == Outcome::Error)
            enqueue(i);
    }
}

void UsernameCheck::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_queue.clear();
    m_delayed.clear();
    m_inFlight = 0;
    m_timer.stop();
    m_running = false;
    Q_EMIT finished(true);
}

void UsernameCheck::pump()
{
    if (!m_running)
        return;
    const double t = now();
    for (auto it = m_delayed.begin(); it != m_delayed.end();) {
        if (it->at <= t) {
            m_queue.push_back(it->index);
            it = m_delayed.erase(it);
        } else {
            ++it;
        }
    }
    while (!m_queue.empty() && m_pacer.tryStart(CallClass::Lookup, t)) {
        const int index = m_queue.front();
        m_queue.pop_front();
        ask(index);
    }
    if (!m_running)
        return; // ask() may have finished the check (no client)
    std::optional<double> next;
    if (!m_queue.empty())
        next = m_pacer.nextStart(CallClass::Lookup, t); // nullopt: an answer frees a slot
    for (const Delayed &d : std::as_const(m_delayed))
        next = next ? std::min(*next, d.at) : d.at;
    if (next)
        m_timer.start(std::max(1, int(std::ceil((*next - t) * 1000))));
    finishIfDone();
}

void UsernameCheck::ask(int index)
{
    const QString name = m_results.at(index).username;
    if (!m_client) {
        m_pacer.failed(CallClass::Lookup, now());
        settle(index, Outcome::Error, {}, tr("There is no connection to TradingView."));
        return;
    }
    ++m_inFlight;
    const quint64 generation = m_generation;
    const QPointer<UsernameCheck> self(this);
    m_client->validateUsername(
        name, [self, generation, index, name](const TvResult<std::optional<QString>> &result) {
            if (self)
                self->answer(generation, index, name, result);
        });
}

void UsernameCheck::answer(quint64 generation, int index, const QString &asked,
                           const TvResult<std::optional<QString>> &result)
{
    const double t = now();
    const bool throttled = !result && result.error().kind == TvError::Kind::RateLimited;
    if (result)
        m_pacer.succeeded(CallClass::Lookup, t);
    else if (throttled)
        m_pacer.rateLimited(CallClass::Lookup, result.error().retryAfterSeconds, t);
    else
        m_pacer.failed(CallClass::Lookup, t);
    if (generation != m_generation) {
        pump(); // a slot is free for the current list
        return;
    }
    --m_inFlight;
    if (index >= m_results.size() || m_results.at(index).username != asked ||
        m_results.at(index).outcome != Outcome::Pending) {
        pump(); // the vendor changed this entry meanwhile: its new spelling is on its way
        return;
    }
    if (result) {
        const std::optional<QString> &canonical = *result;
        settle(index, canonical ? Outcome::Valid : Outcome::NotFound, canonical.value_or(QString()),
               {});
    } else if (throttled) {
        ++m_throttled; // costs no attempt: the same question goes first when the pause ends
        m_queue.push_front(index);
    } else {
        Result &r = m_results[index];
        ++r.attempts;
        if (result.error().isTransient() && r.attempts < m_config.maxAttempts) {
            m_delayed.append(
                {t + m_backoff.delaySeconds(r.attempts, m_random.generateDouble()), index});
        } else {
            settle(index, Outcome::Error, {}, result.error().message());
        }
    }
    pump();
}

void UsernameCheck::settle(int index, Outcome outcome, const QString &canonical,
                           const QString &message)
{
    Result &r = m_results[index];
    r.outcome = outcome;
    r.canonical = canonical;
    r.message = message;
    ++m_done;
    if (outcome == Outcome::Valid || outcome == Outcome::NotFound)
        m_known.insert(UsernameValidator::key(r.username), r);
    Q_EMIT resultReady(index);
    Q_EMIT progress(m_done, int(m_results.size()));
}

void UsernameCheck::finishIfDone()
{
    if (m_running && m_queue.empty() && m_delayed.isEmpty() && m_inFlight == 0) {
        m_running = false;
        m_timer.stop();
        Q_EMIT finished(false);
    }
}

} // namespace pinedesk
