#include "TeamDatabaseDialog.h"

#include "jobs/JobRunner.h"
#include "settings/TeamDatabasePassword.h"
#include "store/PostgresSchema.h"
#include "store/TeamDatabaseProbe.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

TeamDatabaseDialog::TeamDatabaseDialog(const DatabaseTarget &current, Database &database,
                                       QWidget *parent)
    : QDialog(parent)
    , m_jobs(new JobRunner(database, this))
{
    setWindowTitle(tr("Connect to a team database"));
    auto *intro = new QLabel(tr("A team shares one PostgreSQL database. Ask whoever runs it for "
                                "the server, an empty database and your user. The password is "
                                "kept in the system keychain."),
                             this);
    intro->setWordWrap(true);

    m_host = new QLineEdit(current.host, this);
    m_host->setObjectName(u"host"_s);
    m_host->setPlaceholderText(u"db.example.com"_s);
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"port"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(current.port);
    m_database = new QLineEdit(current.database, this);
    m_database->setObjectName(u"database"_s);
    m_database->setPlaceholderText(u"pinedesk"_s);
    m_user =
        new QLineEdit(current.user.isEmpty() ? qEnvironmentVariable("USER") : current.user, this);
    m_user->setObjectName(u"user"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Kept in the keychain"));
    m_ssl = new QComboBox(this);
    m_ssl->setObjectName(u"sslMode"_s);
    m_ssl->addItem(tr("Use TLS when the server offers it"), QString());
    m_ssl->addItem(tr("Require TLS"), u"require"_s);
    m_ssl->addItem(tr("Require TLS and check the server's certificate"), u"verify-full"_s);
    m_ssl->addItem(tr("Never use TLS (a trusted network only)"), u"disable"_s);
    m_ssl->setCurrentIndex(qMax(0, m_ssl->findData(current.sslMode)));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption:"), m_ssl);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(u"test"_s);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(u"result"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamDatabaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TeamDatabaseDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &TeamDatabaseDialog::test);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_busy);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
}

DatabaseTarget TeamDatabaseDialog::target() const
{
    return m_accepted;
}

Expected<DatabaseTarget> TeamDatabaseDialog::typedTarget() const
{
    if (m_host->text().trimmed().isEmpty())
        return Expected<DatabaseTarget>::failure(tr("Give the server's name or address."));
    if (m_database->text().trimmed().isEmpty())
        return Expected<DatabaseTarget>::failure(tr("Give the database's name."));
    if (m_user->text().trimmed().isEmpty())
        return Expected<DatabaseTarget>::failure(tr("Give your user name on the server."));
    DatabaseTarget t;
    t.backend = DatabaseTarget::Backend::Postgresql;
    t.host = m_host->text().trimmed();
    t.port = m_port->value();
    t.database = m_database->text().trimmed();
    t.user = m_user->text().trimmed();
    t.sslMode = m_ssl->currentData().toString();
    // Through the parser, so that what the settings keep reads back the same.
    return DatabaseTarget::parse(t.toString());
}

void TeamDatabaseDialog::setBusy(bool busy, const QString &message)
{
    m_busy->setVisible(busy);
    m_test->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (!message.isEmpty())
        m_result->setText(message);
}

void TeamDatabaseDialog::showResult(bool ok, const QString &message)
{
    setBusy(false, QString());
    m_result->setText((ok ? u"✔ "_s : u"✖ "_s) + message);
    m_result->setAccessibleDescription(message);
    Q_EMIT tested(ok, message);
}

void TeamDatabaseDialog::test()
{
    const auto typed = typedTarget();
    if (!typed) {
        showResult(false, typed.error());
        return;
    }
    setBusy(true, tr("Connecting to %1…").arg(typed->host));
    const DatabaseTarget target = *typed;
    const QString password = m_password->text();
    using Outcome = QPair<bool, QString>;
    m_jobs->run<Outcome>(
        [target, password](JobControl &) -> Outcome {
            const auto found = TeamDatabaseProbe::probe(target, password);
            if (!found)
                return {false, found.error().message()};
            const int latest = PostgresSchema::steps().last().version;
            const bool usable = found->otherTables == 0 && found->schemaVersion <= latest;
            return {usable, TeamDatabaseProbe::describe(*found, latest)};
        },
        [this](Outcome outcome) { showResult(outcome.first, outcome.second); });
}

void TeamDatabaseDialog::accept()
{
    const auto typed = typedTarget();
    if (!typed) {
        showResult(false, typed.error());
        return;
    }
    m_accepted = *typed;
    if (m_password->text().isEmpty()) {
        // No password typed: keep what the keychain has (or rely on ~/.pgpass).
        QDialog::accept();
        return;
    }
    setBusy(true, tr("Saving the password in the keychain…"));
    delete m_keychain;
    m_keychain = new TeamDatabasePassword(m_accepted, QStringLiteral("PineDesk"), this);
    m_keychain->store(m_password->text().toUtf8(), [this](const Status &stored) {
        setBusy(false, QString());
        if (!stored) {
            showResult(false, stored.error().message());
            return;
        }
        QDialog::accept();
    });
}

} // namespace pinedesk
