#include "TeamPanel.h"

#include "MemberDialog.h"
#include "items/DateText.h"
#include "jobs/JobRunner.h"
#include "services/ChangeFeed.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

struct Listing
{
    QList<TeamMember> members;
    QString error;
};

} // namespace

TeamPanel::TeamPanel(ConsoleContext context, QWidget *parent)
    : QGroupBox(tr("Team"), parent)
    , m_ctx(std::move(context))
    , m_jobs(new JobRunner(m_ctx.database, this))
    , m_changes(new JobRunner(m_ctx.database, this))
    , m_you(new QLabel(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_add(new QPushButton(tr("&Add member…"), this))
    , m_role(new QPushButton(tr("Change &role…"), this))
    , m_active(new QPushButton(tr("&Disable"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"teamPanel"_s);
    m_add->setObjectName(u"teamAdd"_s);
    m_role->setObjectName(u"teamRole"_s);
    m_active->setObjectName(u"teamActive"_s);
    auto *layout = new QVBoxLayout(this);
    m_you->setObjectName(u"teamYou"_s);
    m_you->setWordWrap(true);
    layout->addWidget(m_you);
    const TeamService team(m_ctx.services());
    if (!team.isTeam()) {
        m_you->setText(tr("This database file has one user: you, with every right. A team "
                          "shares a team database, where each member has a login and a role "
                          "(Storage › Change… › Connect to a team database…)."));
        m_table->hide();
        m_add->hide();
        m_role->hide();
        m_active->hide();
        m_message->hide();
        return;
    }
    m_you->setText(tr("You work as %1 (%2): %3")
                       .arg(team.me().login, TeamRoleNames::displayName(team.me().role),
                            TeamRoleNames::summary(team.me().role)));
    m_table->setObjectName(u"teamMembers"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Login"), tr("Name"), tr("Role"), tr("Status"), tr("Added")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    for (int column = 0; column < 4; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->setMinimumHeight(140);
    m_table->setAccessibleName(tr("Team members"));
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_role, m_active})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_message->setObjectName(u"teamMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &TeamPanel::addMember);
    connect(m_role, &QPushButton::clicked, this, &TeamPanel::changeRole);
    connect(m_active, &QPushButton::clicked, this, &TeamPanel::toggleActive);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TeamPanel::updateButtons);
    if (m_ctx.feed)
        m_ctx.feed->subscribe(this, Change::Team, [this] { reload(); });
    updateButtons();
    reload();
}

QString TeamPanel::message() const
{
    return m_message->text();
}

bool TeamPanel::isBusy() const
{
    return m_jobs->isRunning() || m_changes->isRunning();
}

void TeamPanel::reload()
{
    if (!TeamService(m_ctx.services()).isTeam())
        return;
    const ConsoleContext ctx = m_ctx;
    m_jobs->run<Listing>(
        [ctx](JobControl &) {
            Listing listing;
            const auto members = TeamService(ctx.services()).members();
            if (members)
                listing.members = *members;
            else
                listing.error = members.error().message();
            return listing;
        },
        [this](const Listing &listing) { showMembers(listing.members, listing.error); });
}

void TeamPanel::showMembers(const QList<TeamMember> &members, const QString &error)
{
    m_members = members;
    m_table->setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const TeamMember &m = members[row];
        m_table->setItem(row, 0, new QTableWidgetItem(m.login));
        m_table->setItem(row, 1, new QTableWidgetItem(m.displayName));
        auto *role = new QTableWidgetItem(TeamRoleNames::displayName(m.role));
        role->setToolTip(TeamRoleNames::summary(m.role));
        m_table->setItem(row, 2, role);
        m_table->setItem(row, 3, new QTableWidgetItem(m.active ? tr("Active") : tr("Disabled")));
        auto *added = new QTableWidgetItem(DateText::minutes(m.addedAt));
        added->setToolTip(tr("Added by %1").arg(m.addedBy));
        m_table->setItem(row, 4, added);
    }
    if (!error.isEmpty())
        m_message->setText(tr("The team could not be read: %1").arg(error));
    updateButtons();
    Q_EMIT loaded();
}

const TeamMember *TeamPanel::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_members.size() || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_members[row];
}

void TeamPanel::updateButtons()
{
    const bool admin = allows(m_ctx.database.member().role, Permission::ManageTeam);
    const TeamMember *member = selected();
    m_add->setEnabled(admin);
    m_role->setEnabled(admin && member);
    m_active->setEnabled(admin && member);
    m_active->setText(member && !member->active ? tr("&Enable") : tr("&Disable"));
    if (!admin)
        m_add->setToolTip(
            TeamRoleNames::refusal(m_ctx.database.member().role, Permission::ManageTeam));
}

void TeamPanel::runChange(std::function<Status(TeamService &)> change)
{
    const ConsoleContext ctx = m_ctx;
    m_message->setText(tr("Saving…"));
    // A runner of its own: a reload (this one's, or one another desktop's change starts) must
    // not drop the outcome of a change.
    m_changes->run<QString>(
        [ctx, change](JobControl &) {
            TeamService team(ctx.services());
            const Status s = change(team);
            return s ? QString() : s.error().message();
        },
        [this](const QString &error) {
            m_message->setText(error.isEmpty() ? tr("Saved.") : error);
            reload();
        });
}

void TeamPanel::addMember()
{
    MemberDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TeamMember member = dialog.member();
    const QString password = dialog.password();
    runChange([member, password](TeamService &team) { return team.invite(member, password); });
}

void TeamPanel::changeRole()
{
    const TeamMember *member = selected();
    if (!member)
        return;
    QStringList names;
    const QList<TeamRole> roles{TeamRole::Admin, TeamRole::Seller, TeamRole::Support,
                                TeamRole::ReadOnly};
    for (TeamRole r : roles)
        names.append(TeamRoleNames::displayName(r));
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Change role"), tr("Role of %1:").arg(member->login), names,
                              int(roles.indexOf(member->role)), false, &ok);
    if (!ok)
        return;
    const TeamRole role = roles.value(int(names.indexOf(chosen)), member->role);
    const QString login = member->login;
    runChange([login, role](TeamService &team) { return team.setRole(login, role); });
}

void TeamPanel::toggleActive()
{
    const TeamMember *member = selected();
    if (!member)
        return;
    const QString login = member->login;
    const bool active = !member->active;
    runChange([login, active](TeamService &team) { return team.setActive(login, active); });
}

} // namespace pinedesk
