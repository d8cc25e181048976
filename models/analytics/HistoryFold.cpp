#include "HistoryFold.h"

namespace pinedesk {

void HistoryFold::cut(const QDateTime &at)
{
    for (qsizetype i = m_terms.size() - 1; i >= m_firstOfAccess; --i) {
        BusinessFacts::Term &t = m_terms[i];
        if (t.start >= at) {
            m_terms.removeAt(i); // bought time that never came
            continue;
        }
        if (!t.end || *t.end > at)
            t.end = at;
    }
}

void HistoryFold::add(const AccessHistoryStore::Row &row)
{
    using Change = AccessHistoryStore::Change;
    if (row.accessId != m_access) {
        m_access = row.accessId;
        m_firstOfAccess = m_terms.size();
    }
    switch (row.change) {
    case Change::Revoke:
        cut(row.termStart);
        return;
    case Change::Shorten:
        if (row.termEnd)
            cut(*row.termEnd);
        return;
    case Change::Grant:
    case Change::Extend:
    case Change::PlanChange:
        break;
    }
    if (row.termEnd && *row.termEnd <= row.termStart)
        return; // a plan change that added no time
    BusinessFacts::Term t;
    t.clientId = row.clientId;
    t.indicatorId = row.indicatorId;
    t.planId = row.planId;
    t.start = row.termStart;
    t.end = row.termEnd;
    t.paid = row.paid;
    t.newGrant = row.change == Change::Grant;
    m_terms.append(t);
}

QList<BusinessFacts::Term> HistoryFold::takeTerms()
{
    m_access = -1;
    m_firstOfAccess = 0;
    return std::exchange(m_terms, {});
}

} // namespace pinedesk
