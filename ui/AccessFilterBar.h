#pragma once

#include "items/AccessQuery.h"

#include <QWidget>

class QButtonGroup;

namespace pinedesk {

// The Subscriptions page's status filters as a row of toggle buttons (All, Active, Expiring
// soon, Expired, Revoked, Lifetime, Pending sync, Failed), each with its count once known.
class AccessFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit AccessFilterBar(QWidget *parent = nullptr);

    void setCounts(const AccessQuery::Counts &counts);
    static QString filterName(AccessQuery::Filter filter);

Q_SIGNALS:
    void filterChosen(pinedesk::AccessQuery::Filter filter);

private:
    QButtonGroup *m_buttons;
};

} // namespace pinedesk
