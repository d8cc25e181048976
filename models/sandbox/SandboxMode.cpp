#include "SandboxMode.h"

#include "SandboxSeeder.h"
#include "demo/DemoDataGenerator.h"
#include "store/ClientStore.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

SandboxMode::SandboxMode(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

SandboxMode::~SandboxMode() = default;

QString SandboxMode::statePath() const
{
    if (m_database.isPostgresql()) {
        // One sandbox per team database, kept with this desktop's data.
        const QByteArray id = QCryptographicHash::hash(m_database.target().toString().toUtf8(),
                                                       QCryptographicHash::Sha256)
                                  .toHex()
                                  .left(16);
        return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(u"team-%1.sandbox.json"_s.arg(QString::fromLatin1(id)));
    }
    return m_database.path() + u".sandbox.json"_s;
}

bool SandboxMode::prepare()
{
    const StoreContext context{m_database, m_clock, u"sandbox"_s};
    // A team's database holds the team's own data: the sandbox never fills it with demo data.
    if (!m_database.isPostgresql() && ClientStore(context).count() == 0) {
        const auto generated = DemoDataGenerator(m_database, m_clock).generate({m_demoClients, 1});
        if (!generated) {
            m_error = generated.error();
            return false;
        }
    }
    SandboxState state;
    if (QFileInfo::exists(statePath())) {
        auto loaded = SandboxState::load(statePath());
        if (!loaded) {
            m_error = tr("The sandbox's saved state %1 cannot be read: %2")
                          .arg(statePath(), loaded.error());
            return false;
        }
        state = std::move(loaded).value();
    } else {
        state = SandboxSeeder::fromDatabase(context);
    }
    SandboxConfig config;
    m_server = std::make_unique<SandboxServer>(config, std::move(state), m_clock);
    if (!m_server->listen()) {
        m_error = tr("The sandbox cannot listen on the loopback interface: %1")
                      .arg(m_server->errorString());
        return false;
    }
    return true;
}

QUrl SandboxMode::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

TvSession SandboxMode::session() const
{
    if (!m_server)
        return {};
    return TvSession(m_server->api().currentSession(), m_server->api().config().sessionSign);
}

TvSession SandboxMode::renewSession()
{
    if (!m_server)
        return {};
    m_server->api().renewSession();
    return session();
}

Status SandboxMode::saveState() const
{
    if (!m_server)
        return {};
    return m_server->api().state().save(statePath());
}

} // namespace pinedesk
