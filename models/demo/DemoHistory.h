#pragma once

#include "DemoPlan.h"
#include "DemoRandom.h"
#include "domain/AccessIntent.h"
#include "domain/Expiration.h"

#include <QDateTime>
#include <QList>
#include <QMap>

namespace pinedesk {

// The simulated life of one client: what they paid and what they hold at the end. Pure: it
// only draws from the random generator, so the same draws give the same history.
struct DemoHistory
{
    enum class Kind { Lead, Subscriber, LifetimeBuyer };

    struct Payment
    {
        QDateTime paidAt;
        int plan = 0;
    };
    struct Holding
    {
        QDateTime startsAt;
        Expiration expiration = Expiration::lifetime();
        IntendedState intent = IntendedState::Granted;
        AccessOrigin origin = AccessOrigin::Plan;
        int plan = -1;
    };

    Kind kind = Kind::Lead;
    QDateTime registeredAt;
    QList<Payment> payments;
    QMap<int, Holding> holdings; // by indicator index

    // A subscriber whose chain of renewals ends exactly at `expiresAt` (used so that every day
    // of the coming weeks has expiries, however few clients are generated).
    static DemoHistory pinnedSubscriber(DemoRandom &rng, const QList<DemoPlan> &plans,
                                        const QDateTime &now, const QDateTime &expiresAt);
    static DemoHistory simulate(DemoRandom &rng, const QList<DemoPlan> &plans, const QDateTime &now,
                                Kind kind);
};

} // namespace pinedesk
