#include "AccessFilterBar.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

using Filter = AccessQuery::Filter;

AccessFilterBar::AccessFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_buttons(new QButtonGroup(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    for (int f = 0; f < AccessQuery::filterCount; ++f) {
        auto *button = new QToolButton(this);
        button->setObjectName(u"filter%1"_s.arg(f));
        button->setText(filterName(Filter(f)));
        button->setCheckable(true);
        button->setChecked(Filter(f) == Filter::All);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttons->addButton(button, f);
        row->addWidget(button);
    }
    row->addStretch(1);
    m_buttons->setExclusive(true);
    connect(m_buttons, &QButtonGroup::idClicked, this,
            [this](int id) { Q_EMIT filterChosen(Filter(id)); });
}

QString AccessFilterBar::filterName(Filter filter)
{
    switch (filter) {
    case Filter::All:
        return tr("All");
    case Filter::Active:
        return AccessStatusRule::displayName(AccessStatus::Active);
    case Filter::Expiring:
        return AccessStatusRule::displayName(AccessStatus::Expiring);
    case Filter::Expired:
        return AccessStatusRule::displayName(AccessStatus::Expired);
    case Filter::Revoked:
        return AccessStatusRule::displayName(AccessStatus::Revoked);
    case Filter::Lifetime:
        return AccessStatusRule::displayName(AccessStatus::Lifetime);
    case Filter::PendingSync:
        return tr("Pending sync");
    case Filter::Failed:
        return tr("Failed");
    }
    return {};
}

void AccessFilterBar::setCounts(const AccessQuery::Counts &counts)
{
    const QLocale locale;
    for (int f = 0; f < AccessQuery::filterCount; ++f) {
        if (QAbstractButton *button = m_buttons->button(f))
            button->setText(tr("%1 (%2)").arg(filterName(Filter(f)), locale.toString(counts[f])));
    }
}

} // namespace pinedesk
