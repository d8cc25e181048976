#include "SandboxState.h"

#include "demo/DemoRandom.h"
#include "tradingview/TvDateTime.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

void SandboxState::seed(int users, int scripts, quint64 seed)
{
    for (int i = 1; i <= users; ++i)
        addUser(u"trader%1"_s.arg(i, 5, 10, QChar(u'0')));
    DemoRandom rng(seed);
    static const char16_t hex[] = u"0123456789abcdef";
    for (int i = 1; i <= scripts; ++i) {
        QString id = u"PUB;"_s;
        for (int c = 0; c < 32; ++c)
            id += QChar(hex[rng.below(16)]);
        addScript(id, u"Sandbox Script %1"_s.arg(i));
    }
}

const SandboxState::User &SandboxState::addUser(const QString &username)
{
    const QString key = username.toLower();
    auto it = m_users.find(key);
    if (it == m_users.end())
        it = m_users.insert(key, {nextId(), username});
    return *it;
}

SandboxState::Script &SandboxState::addScript(const QString &pineId, const QString &name)
{
    auto it = m_scripts.find(pineId);
    if (it == m_scripts.end())
        it = m_scripts.insert(pineId, {pineId, name, u"1.0"_s, {}});
    return *it;
}

const SandboxState::User *SandboxState::findUser(const QString &username, bool strictCase) const
{
    const auto it = m_users.constFind(username.toLower());
    if (it == m_users.constEnd())
        return nullptr;
    if (strictCase && it->username != username)
        return nullptr;
    return &*it;
}

SandboxState::Script *SandboxState::script(const QString &pineId)
{
    const auto it = m_scripts.find(pineId);
    return it == m_scripts.end() ? nullptr : &*it;
}

qint64 SandboxState::grantCount() const
{
    qint64 n = 0;
    for (const Script &s : m_scripts)
        n += s.grants.size();
    return n;
}

QJsonObject SandboxState::toJson() const
{
    QJsonArray users;
    for (const User &u : m_users)
        users.append(QJsonObject{{u"id"_s, u.id}, {u"username"_s, u.username}});
    QJsonArray scripts;
    for (const Script &s : m_scripts) {
        QJsonArray grants;
        for (const Grant &g : s.grants) {
            grants.append(QJsonObject{
                {u"id"_s, g.id},
                {u"username"_s, g.username},
                {u"expiration"_s, g.expiration ? QJsonValue(TvDateTime::toResponse(*g.expiration))
                                               : QJsonValue(QJsonValue::Null)},
                {u"created"_s, TvDateTime::toResponse(g.created)}});
        }
        scripts.append(QJsonObject{{u"pine_id"_s, s.pineId},
                                   {u"name"_s, s.name},
                                   {u"version"_s, s.version},
                                   {u"grants"_s, grants}});
    }
    return {
        {u"format"_s, 1}, {u"last_id"_s, m_lastId}, {u"users"_s, users}, {u"scripts"_s, scripts}};
}

Expected<SandboxState> SandboxState::fromJson(const QJsonObject &json)
{
    if (json.value(u"format"_s).toInt() != 1)
        return Expected<SandboxState>::failure(u"not a sandbox state file (format 1)"_s);
    SandboxState state;
    for (const QJsonValue &v : json.value(u"users"_s).toArray()) {
        const QJsonObject u = v.toObject();
        const QString name = u.value(u"username"_s).toString();
        if (name.isEmpty())
            return Expected<SandboxState>::failure(u"a user has no username"_s);
        state.m_users.insert(name.toLower(), {qint64(u.value(u"id"_s).toDouble()), name});
    }
    for (const QJsonValue &v : json.value(u"scripts"_s).toArray()) {
        const QJsonObject s = v.toObject();
        Script &script =
            state.addScript(s.value(u"pine_id"_s).toString(), s.value(u"name"_s).toString());
        script.version = s.value(u"version"_s).toString();
        for (const QJsonValue &gv : s.value(u"grants"_s).toArray()) {
            const QJsonObject g = gv.toObject();
            Grant grant;
            grant.id = qint64(g.value(u"id"_s).toDouble());
            grant.username = g.value(u"username"_s).toString();
            if (!g.value(u"expiration"_s).isNull())
                grant.expiration = TvDateTime::parse(g.value(u"expiration"_s).toString());
            grant.created =
                TvDateTime::parse(g.value(u"created"_s).toString()).value_or(QDateTime());
            script.grants.insert(grant.username.toLower(), grant);
        }
    }
    state.m_lastId = qint64(json.value(u"last_id"_s).toDouble());
    return state;
}

Status SandboxState::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(file.errorString());
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Status::failure(file.errorString());
    return {};
}

Expected<SandboxState> SandboxState::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<SandboxState>::failure(file.errorString());
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return Expected<SandboxState>::failure(error.errorString());
    return fromJson(doc.object());
}

} // namespace pinedesk
