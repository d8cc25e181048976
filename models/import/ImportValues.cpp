#include "ImportValues.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QDateTime utc(const QDate &date, const QTime &time = QTime(0, 0))
{
    return QDateTime(date, time, QTimeZone::utc());
}

QString statusKey(const QString &text)
{
    QString key = text.trimmed().toLower();
    key.replace(u'_', u' ').replace(u'-', u' ');
    return key.simplified();
}

} // namespace

Expected<QDateTime> ImportValues::dateTime(const QString &dateText, const QString &timeText)
{
    const QString timeOfDay = timeText.trimmed();
    if (timeOfDay.isEmpty())
        return dateTime(dateText);
    static const QRegularExpression clock(
        u"^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(AM|PM)?\\s*(?:UTC|GMT|Z)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto m = clock.match(timeOfDay);
    if (!m.hasMatch())
        return dateTime(timeOfDay); // the whole date and time in the time column
    auto day = dateTime(dateText);
    if (!day)
        return day;
    int hour = m.captured(1).toInt();
    const QString half = m.captured(4).toUpper();
    if (!half.isEmpty() && hour >= 1 && hour <= 12)
        hour = (hour % 12) + (half == u"PM"_s ? 12 : 0);
    const QTime time(hour, m.captured(2).toInt(), m.captured(3).toInt());
    if (!time.isValid()) {
        return Expected<QDateTime>::failure(
            tr("\"%1\" is not a time of day PineDesk can read; write it like 14:30.")
                .arg(timeOfDay));
    }
    return utc(day->toUTC().date(), time);
}

Expected<QDateTime> ImportValues::dateTime(const QString &input)
{
    const QString text = input.trimmed();
    const auto refuse = [&] {
        return Expected<QDateTime>::failure(
            tr("\"%1\" is not a date PineDesk can read; write it like 2026-03-15 or "
               "2026-03-15 14:30.")
                .arg(text));
    };
    if (text.isEmpty())
        return refuse();

    // Unix time, as APIs and some exports give it.
    static const QRegularExpression digits(u"^[0-9]{9,13}$"_s);
    if (digits.match(text).hasMatch()) {
        const qint64 n = text.toLongLong();
        return text.size() >= 12 ? QDateTime::fromMSecsSinceEpoch(n, QTimeZone::utc())
                                 : QDateTime::fromSecsSinceEpoch(n, QTimeZone::utc());
    }

    // ISO-like: 2026-03-15[ T]14:30[:00[.fraction]][Z| UTC| GMT|+01:00|+0100]
    static const QRegularExpression iso(u"^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T "
                                        u"](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?)?"
                                        "\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?$"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = iso.match(text); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        QTime time(0, 0);
        if (m.hasCaptured(4)) {
            const int ms = m.captured(7).leftJustified(3, u'0').left(3).toInt();
            time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
        }
        if (!date.isValid() || !time.isValid())
            return refuse();
        QDateTime when = utc(date, time);
        const QString zone = m.captured(8);
        if (zone.startsWith(u'+') || zone.startsWith(u'-')) {
            QString hhmm = zone.mid(1);
            hhmm.remove(u':');
            const int offset = (hhmm.left(2).toInt() * 60 + hhmm.mid(2).toInt()) * 60;
            when = when.addSecs(zone.startsWith(u'+') ? -offset : offset);
        }
        return when;
    }

    // 15.03.2026 (day first, as written where dots are used).
    static const QRegularExpression dotted(u"^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"_s);
    if (const auto m = dotted.match(text); m.hasMatch()) {
        const QDate date(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        return date.isValid() ? Expected<QDateTime>(utc(date)) : refuse();
    }

    // 15/03/2026 or 03/15/2026: only when one part is above 12, else the order is a guess.
    static const QRegularExpression slashed(u"^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"_s);
    if (const auto m = slashed.match(text); m.hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        const int year = m.captured(3).toInt();
        if (a > 12 || b > 12) {
            const QDate date = a > 12 ? QDate(year, b, a) : QDate(year, a, b);
            if (date.isValid())
                return utc(date);
        }
        if (a <= 12 && b <= 12 && a != b) {
            return Expected<QDateTime>::failure(
                tr("\"%1\" could be read day-first or month-first; write it like 2026-03-15.")
                    .arg(text));
        }
        if (a == b && QDate(year, a, b).isValid())
            return utc(QDate(year, a, b));
        return refuse();
    }

    // Mar 15, 2026 [2:30 PM], as dashboards print dates.
    const QLocale c = QLocale::c();
    for (const QString &format : {u"MMM d, yyyy"_s, u"MMMM d, yyyy"_s, u"MMM d, yyyy, h:mm AP"_s,
                                  u"MMM d, yyyy h:mm AP"_s, u"d MMM yyyy"_s, u"d MMMM yyyy"_s}) {
        QDateTime when = c.toDateTime(text, format);
        if (when.isValid()) {
            when.setTimeZone(QTimeZone::utc());
            return when;
        }
    }
    return refuse();
}

Expected<ClientStatus> ImportValues::status(const QString &text)
{
    const QString key = statusKey(text);
    if (const auto own = clientStatusFromText(key))
        return *own;
    for (ClientStatus s : {ClientStatus::Lead, ClientStatus::Active, ClientStatus::Inactive,
                           ClientStatus::Blocked}) {
        if (statusKey(ClientStatusNames::displayName(s)) == key)
            return s;
    }
    static const QStringList leads = {u"follower"_s, u"free member"_s,   u"free"_s,
                                      u"prospect"_s, u"trial"_s,         u"trialing"_s,
                                      u"in trial"_s, u"free trial"_s,    u"drafted"_s,
                                      u"pending"_s,  u"pending entry"_s, u"new"_s};
    static const QStringList actives = {
        u"active patron"_s, u"paid"_s,      u"renewing"_s, u"paid subscriber"_s,
        u"paid once"_s,     u"joined"_s,    u"valid"_s,    u"past due"_s,
        u"subscribed"_s,    u"member"_s,    u"customer"_s, u"current"_s,
        u"completed"_s,     u"canceling"_s, u"expiring"_s, u"finished split pay"_s,
        u"succeeded"_s,     u"1"_s,         u"yes"_s,      u"true"_s};
    static const QStringList inactives = {u"former patron"_s,
                                          u"declined patron"_s,
                                          u"canceled"_s,
                                          u"cancelled"_s,
                                          u"expired"_s,
                                          u"churned"_s,
                                          u"left"_s,
                                          u"ended"_s,
                                          u"unpaid"_s,
                                          u"refunded"_s,
                                          u"inactive"_s,
                                          u"former"_s,
                                          u"0"_s,
                                          u"no"_s,
                                          u"false"_s};
    static const QStringList blocked = {u"banned"_s, u"fraud"_s, u"blocked"_s};
    if (leads.contains(key))
        return ClientStatus::Lead;
    if (actives.contains(key))
        return ClientStatus::Active;
    if (inactives.contains(key))
        return ClientStatus::Inactive;
    if (blocked.contains(key))
        return ClientStatus::Blocked;
    return Expected<ClientStatus>::failure(
        tr("\"%1\" is not a client status; use lead, active, inactive or blocked.")
            .arg(text.trimmed()));
}

QStringList ImportValues::tags(const QString &text)
{
    static const QRegularExpression separators(u"[,;|]"_s);
    QStringList tags;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

QString ImportValues::username(const QString &text)
{
    QString name = text.trimmed();
    const qsizetype at = name.indexOf(u"tradingview.com/u/"_s, 0, Qt::CaseInsensitive);
    if (at >= 0) {
        name = name.mid(at + 18);
        const qsizetype end = name.indexOf(QRegularExpression(u"[/?#]"_s));
        if (end >= 0)
            name.truncate(end);
    }
    return name;
}

bool ImportValues::paymentFailed(const QString &statusText)
{
    // No money moved: the payment is left out (refunds and disputes are kept, see below).
    static const QStringList failed = {u"failed"_s,   u"canceled"_s,   u"cancelled"_s,
                                       u"declined"_s, u"incomplete"_s, u"requires payment method"_s,
                                       u"voided"_s,   u"void"_s};
    return failed.contains(statusKey(statusText));
}

std::optional<PaymentStatus> ImportValues::paymentStatus(const QString &statusText)
{
    const QString key = statusKey(statusText);
    static const QStringList refunded = {u"refunded"_s, u"fully refunded"_s, u"1"_s, u"true"_s,
                                         u"yes"_s};
    if (refunded.contains(key))
        return PaymentStatus::Refunded;
    if (key == u"partially refunded"_s || key == u"partial refund"_s)
        return PaymentStatus::PartiallyRefunded;
    if (key == u"disputed"_s || key == u"chargeback"_s || key == u"dispute"_s)
        return PaymentStatus::Disputed;
    return std::nullopt;
}

void ImportValues::splitAmount(const QString &text, QString &number, QString &currency)
{
    QString t = text.trimmed();
    currency.clear();
    static const QRegularExpression code(u"^([A-Za-z]{3})\\s*(.*)$|^(.*?)\\s*([A-Za-z]{3})$"_s);
    if (const auto m = code.match(t); m.hasMatch()) {
        if (m.hasCaptured(1)) {
            currency = m.captured(1).toUpper();
            t = m.captured(2);
        } else {
            currency = m.captured(4).toUpper();
            t = m.captured(3);
        }
    }
    static const QString symbols = u"$€£¥₹\u00A0 "_s;
    QString cleaned;
    for (const QChar c : t) {
        if (!symbols.contains(c))
            cleaned += c;
    }
    number = cleaned;
}

} // namespace pinedesk
