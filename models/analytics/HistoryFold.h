#pragma once

#include "BusinessFacts.h"
#include "store/AccessHistoryStore.h"

namespace pinedesk {

// Turns the access history, one access at a time and in order of change, into terms: a grant
// opens a term, an extension or a plan change adds the time it bought, a shortening or a revoke
// cuts every term of that access at its moment.
class HistoryFold
{
public:
    // Rows must come grouped by access, in order of change (AccessHistoryStore::forEach).
    void add(const AccessHistoryStore::Row &row);
    QList<BusinessFacts::Term> takeTerms();

private:
    void cut(const QDateTime &at);

    qint64 m_access = -1;
    qsizetype m_firstOfAccess = 0;
    QList<BusinessFacts::Term> m_terms;
};

} // namespace pinedesk
