#pragma once

#include "domain/TeamMember.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pinedesk {

// Adds a member to the team: the login, a name to show, the role (with what it may do) and,
// for a login the server does not have yet, its first password.
class MemberDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit MemberDialog(QWidget *parent = nullptr);

    TeamMember member() const;
    QString password() const;

private:
    void validate();

    QLineEdit *m_login;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLabel *m_roleSummary;
    QLineEdit *m_password;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace pinedesk
