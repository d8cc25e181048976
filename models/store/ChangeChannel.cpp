#include "ChangeChannel.h"

#include "Database.h"
#include "Statement.h"
#include "StoreError.h"
#include "logging/LogCategories.h"

#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QString channelName = u"pinedesk_changes"_s;

} // namespace

ChangeChannel::ChangeChannel(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_connectionName(u"pinedesk-listen-%1"_s.arg(reinterpret_cast<quintptr>(this), 0, 16))
{}

ChangeChannel::~ChangeChannel()
{
    stopListening();
}

Status ChangeChannel::listen()
{
    if (m_listening)
        return {};
    const QSqlDatabase source = m_database.connection();
    if (!source.isOpen())
        return Status::failure(StoreError::fromSql(source.lastError(), u"LISTEN"_s));
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(source, m_connectionName);
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return Status::failure(StoreError::fromSql(error, u"LISTEN"_s));
        }
        if (!db.driver()->subscribeToNotification(channelName)) {
            const QSqlError error = db.driver()->lastError();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return Status::failure(StoreError::fromSql(error, u"LISTEN"_s));
        }
        connect(
            db.driver(), &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == channelName)
                    Q_EMIT received(payload.toString());
            });
    }
    m_listening = true;
    qCInfo(lcStore) << "listening for the team's changes";
    return {};
}

void ChangeChannel::stopListening()
{
    if (!m_listening)
        return;
    m_listening = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status ChangeChannel::publish(Database &database, const QString &message)
{
    Statement st(database.connection(), u"SELECT pg_notify(:channel, :message)"_s);
    st.bind(u":channel"_s, channelName).bind(u":message"_s, message);
    return st.exec();
}

} // namespace pinedesk
