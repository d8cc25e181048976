#include "EmailTemplate.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QString render(const QString &text, const QMap<QString, QString> &values)
{
    static const QRegularExpression placeholder(u"\\{([a-z_]+)\\}"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const auto value = values.constFind(m.captured(1));
        out += value != values.cend() ? *value : m.captured(0);
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

} // namespace

QString EmailTemplate::renderSubject(const QMap<QString, QString> &values) const
{
    // A subject is one line, whatever a value holds.
    return render(subject, values).simplified();
}

QString EmailTemplate::renderBody(const QMap<QString, QString> &values) const
{
    return render(body, values);
}

const QStringList &EmailTemplate::placeholders()
{
    static const QStringList names{u"name"_s, u"username"_s,     u"products"_s, u"expiry"_s,
                                   u"days"_s, u"renewal_link"_s, u"vendor"_s};
    return names;
}

QString EmailTemplate::toText(Kind kind)
{
    switch (kind) {
    case Kind::Reminder:
        return u"reminder"_s;
    case Kind::Granted:
        return u"granted"_s;
    case Kind::Ended:
        return u"ended"_s;
    case Kind::Welcome:
        return u"welcome"_s;
    case Kind::Test:
        return u"test"_s;
    }
    return {};
}

EmailTemplate EmailTemplate::defaultFor(Kind kind, const QString &language)
{
    const bool es = language == u"es"_s;
    EmailTemplate t;
    t.kind = kind;
    t.language = es ? u"es"_s : u"en"_s;
    switch (kind) {
    case Kind::Reminder:
        t.subject = es ? u"Tu acceso a {products} termina el {expiry}"_s
                       : u"Your access to {products} ends on {expiry}"_s;
        t.body = es ? u"Hola, {name}:\n\n"
                      "Tu acceso de TradingView ({username}) a {products} termina el {expiry}, "
                      "dentro de {days} día(s).\n\n"
                      "Para seguir usándolo, renueva aquí: {renewal_link}\n\n"
                      "Gracias,\n{vendor}\n"_s
                    : u"Hi {name},\n\n"
                      "Your TradingView access ({username}) to {products} ends on {expiry}, "
                      "in {days} day(s).\n\n"
                      "To keep using it, renew here: {renewal_link}\n\n"
                      "Thank you,\n{vendor}\n"_s;
        break;
    case Kind::Granted:
        t.subject =
            es ? u"Ya tienes acceso a {products}"_s : u"You now have access to {products}"_s;
        t.body = es ? u"Hola, {name}:\n\nTu usuario de TradingView {username} ya tiene acceso a "
                      "{products} hasta el {expiry}. Lo encontrarás en Indicadores › Solo por "
                      "invitación.\n\nGracias,\n{vendor}\n"_s
                    : u"Hi {name},\n\nYour TradingView user {username} now has access to "
                      "{products} until {expiry}. You will find it under Indicators › "
                      "Invite-only scripts.\n\nThank you,\n{vendor}\n"_s;
        break;
    case Kind::Ended:
        t.subject = es ? u"Tu acceso a {products} ha terminado"_s
                       : u"Your access to {products} has ended"_s;
        t.body = es ? u"Hola, {name}:\n\nTu acceso a {products} terminó el {expiry}. Puedes "
                      "volver cuando quieras: {renewal_link}\n\nGracias,\n{vendor}\n"_s
                    : u"Hi {name},\n\nYour access to {products} ended on {expiry}. You are "
                      "welcome back any time: {renewal_link}\n\nThank you,\n{vendor}\n"_s;
        break;
    case Kind::Welcome:
        t.subject = es ? u"Bienvenido, {name}"_s : u"Welcome, {name}"_s;
        t.body = es ? u"Hola, {name}:\n\nGracias por unirte. Tu usuario de TradingView "
                      "{username} ya tiene acceso a {products} hasta el {expiry}. Lo encontrarás "
                      "en Indicadores › Solo por invitación.\n\nSi algo no aparece, responde a "
                      "este correo y lo resolvemos.\n\n{vendor}\n"_s
                    : u"Hi {name},\n\nThank you for joining. Your TradingView user {username} "
                      "now has access to {products} until {expiry}. You will find it under "
                      "Indicators › Invite-only scripts.\n\nIf anything is missing, reply to "
                      "this e-mail and we will sort it out.\n\n{vendor}\n"_s;
        break;
    case Kind::Test:
        t.subject = es ? u"Correo de prueba de PineDesk"_s : u"PineDesk test e-mail"_s;
        t.body = es ? u"Este correo confirma que PineDesk puede enviar mensajes con este "
                      "servidor.\n"_s
                    : u"This e-mail confirms that PineDesk can send messages through this "
                      "server.\n"_s;
        break;
    }
    return t;
}

} // namespace pinedesk
