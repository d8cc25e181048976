#include "TvSession.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

bool isCookieValue(const QString &v)
{
    if (v.isEmpty())
        return false;
    for (const QChar c : v) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || u >= 0x7f || u == u';' || u == u',' || u == u'"' || u == u'\\')
            return false;
    }
    return true;
}

} // namespace

Expected<TvSession> TvSession::parse(const QString &text)
{
    const QString input = text.trimmed();
    if (input.isEmpty())
        return Expected<TvSession>::failure(tr("The session cookie is empty."));
    QString id;
    QString sign;
    if (!input.contains(u'=')) {
        id = input;
    } else {
        QString header = input;
        if (header.startsWith(u"cookie:"_s, Qt::CaseInsensitive))
            header = header.mid(7);
        const QStringList parts = header.split(u';', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const qsizetype eq = part.indexOf(u'=');
            if (eq < 0)
                continue;
            const QString name = part.left(eq).trimmed();
            QString value = part.mid(eq + 1).trimmed();
            if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
                value = value.mid(1, value.size() - 2);
            if (name == u"sessionid"_s)
                id = value;
            else if (name == u"sessionid_sign"_s)
                sign = value;
        }
    }
    if (id.isEmpty()) {
        return Expected<TvSession>::failure(
            tr("No sessionid found. Copy the value of the \"sessionid\" cookie of "
               "tradingview.com from the browser (and \"sessionid_sign\" if there is one)."));
    }
    if (!isCookieValue(id) || (!sign.isEmpty() && !isCookieValue(sign))) {
        return Expected<TvSession>::failure(
            tr("The session cookie contains spaces or characters a cookie cannot have; copy it "
               "again from the browser."));
    }
    return TvSession(id, sign);
}

QString TvSession::cookieHeader() const
{
    QString header = u"sessionid="_s + m_id;
    if (!m_sign.isEmpty())
        header += u"; sessionid_sign="_s + m_sign;
    return header;
}

QString TvSession::masked() const
{
    if (m_id.isEmpty())
        return u"(no session)"_s;
    const QString shown = m_id.size() > 8 ? m_id.left(2) + u"…"_s + m_id.right(2) : u"…"_s;
    return u"sessionid=%1 (sign: %2)"_s.arg(shown, m_sign.isEmpty() ? u"no"_s : u"yes"_s);
}

} // namespace pinedesk
