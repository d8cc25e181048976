#pragma once

#include "ConsoleContext.h"
#include "domain/TeamMember.h"
#include "services/TeamService.h"

#include <QGroupBox>
#include <QList>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pinedesk {

class JobRunner;

// Settings › Team: who works on this team database and with which role. Every member sees the
// list; admins add members, change roles and disable or enable them (TeamService checks it
// again, and the database refuses it to anyone else). On a database file it says how a team
// starts: with a team database.
class TeamPanel final : public QGroupBox
{
    Q_OBJECT

public:
    explicit TeamPanel(ConsoleContext context, QWidget *parent = nullptr);

    const QList<TeamMember> &members() const { return m_members; }
    QString message() const;
    bool isBusy() const;

public Q_SLOTS:
    void reload();
    void addMember();
    void changeRole();
    void toggleActive();

Q_SIGNALS:
    void loaded();

private:
    void showMembers(const QList<TeamMember> &members, const QString &error);
    void runChange(std::function<Status(TeamService &)> change);
    void updateButtons();
    const TeamMember *selected() const;

    ConsoleContext m_ctx;
    JobRunner *m_jobs;
    JobRunner *m_changes;
    QLabel *m_you;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_role;
    QPushButton *m_active;
    QLabel *m_message;
    QList<TeamMember> m_members;
};

} // namespace pinedesk
