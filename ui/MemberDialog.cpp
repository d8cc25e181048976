#include "MemberDialog.h"

#include "services/TeamService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

MemberDialog::MemberDialog(QWidget *parent)
    : QDialog(parent)
    , m_login(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_roleSummary(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add a team member"));
    setObjectName(u"memberDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_login->setObjectName(u"memberLogin"_s);
    m_login->setPlaceholderText(tr("e.g. maria_support"));
    m_login->setAccessibleName(tr("Login"));
    form->addRow(tr("&Login:"), m_login);
    m_name->setAccessibleName(tr("Name"));
    form->addRow(tr("&Name:"), m_name);
    for (TeamRole role : {TeamRole::Seller, TeamRole::Support, TeamRole::ReadOnly, TeamRole::Admin})
        m_role->addItem(TeamRoleNames::displayName(role), int(role));
    m_role->setObjectName(u"memberRole"_s);
    m_role->setAccessibleName(tr("Role"));
    form->addRow(tr("&Role:"), m_role);
    m_roleSummary->setWordWrap(true);
    form->addRow(QString(), m_roleSummary);
    m_password->setObjectName(u"memberPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("First password"));
    form->addRow(tr("First &password:"), m_password);
    auto *passwordHint = new QLabel(tr("Creates the login on the server with this password (the "
                                       "member changes it later). Leave it empty when the "
                                       "login exists already."),
                                    this);
    passwordHint->setWordWrap(true);
    form->addRow(QString(), passwordHint);
    layout->addLayout(form);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(u"memberProblem"_s);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_login, &QLineEdit::textChanged, this, &MemberDialog::validate);
    connect(m_role, &QComboBox::currentIndexChanged, this, &MemberDialog::validate);
    setMinimumWidth(460);
    validate();
}

TeamMember MemberDialog::member() const
{
    TeamMember m;
    m.login = m_login->text().trimmed();
    m.displayName = m_name->text().trimmed();
    m.role = TeamRole(m_role->currentData().toInt());
    return m;
}

QString MemberDialog::password() const
{
    return m_password->text();
}

void MemberDialog::validate()
{
    m_roleSummary->setText(TeamRoleNames::summary(TeamRole(m_role->currentData().toInt())));
    const QString login = m_login->text().trimmed();
    const bool valid = TeamService::isValidLogin(login);
    m_problem->setText(login.isEmpty() || valid
                           ? QString()
                           : tr("A login is letters, digits and underscores, starting with a "
                                "letter."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

} // namespace pinedesk
