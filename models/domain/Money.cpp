#include "Money.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

int Money::decimalsOf(const QString &currency)
{
    static const QStringList zero = {u"JPY"_s, u"KRW"_s, u"CLP"_s, u"VND"_s, u"ISK"_s,
                                     u"HUF"_s, u"XOF"_s, u"XAF"_s, u"PYG"_s, u"UGX"_s};
    static const QStringList three = {u"KWD"_s, u"BHD"_s, u"OMR"_s, u"JOD"_s, u"TND"_s};
    const QString code = currency.toUpper();
    if (zero.contains(code))
        return 0;
    if (three.contains(code))
        return 3;
    return 2;
}

Expected<QString> Money::validateCurrency(const QString &code)
{
    const QString upper = code.trimmed().toUpper();
    static const QRegularExpression iso(u"^[A-Z]{3}$"_s);
    if (!iso.match(upper).hasMatch()) {
        return Expected<QString>::failure(
            tr("\"%1\" is not a currency code; use three letters such as USD or EUR.").arg(code));
    }
    return upper;
}

Expected<Money> Money::parse(const QString &amount, const QString &currency)
{
    const auto code = validateCurrency(currency);
    if (!code)
        return Expected<Money>::failure(code.error());
    const int decimals = decimalsOf(*code);

    QString text = amount.trimmed();
    text.remove(u' ');
    // The last '.' or ',' followed by 1..3 digits at the end is the decimal mark when the
    // currency has decimals; any other separator groups thousands.
    static const QRegularExpression shape(u"^([0-9][0-9.,]*?)(?:[.,]([0-9]{1,3}))?$"_s);
    const QRegularExpressionMatch m = shape.match(text);
    if (text.isEmpty() || !m.hasMatch()) {
        return Expected<Money>::failure(
            tr("\"%1\" is not an amount; write it like 49.90.").arg(amount.trimmed()));
    }
    QString whole = m.captured(1);
    QString fraction = m.captured(2);
    if (!fraction.isEmpty() && fraction.size() > decimals) {
        // "1,234" in a two-decimal currency: the comma grouped thousands.
        if (fraction.size() == 3) {
            whole += fraction;
            fraction.clear();
        } else {
            return Expected<Money>::failure(
                tr("\"%1\" has more decimals than %2 allows.").arg(amount.trimmed(), *code));
        }
    }
    whole.remove(u'.');
    whole.remove(u',');
    if (whole.size() > 13)
        return Expected<Money>::failure(tr("\"%1\" is too large.").arg(amount.trimmed()));
    qint64 minor = whole.toLongLong();
    for (int i = 0; i < decimals; ++i)
        minor *= 10;
    if (!fraction.isEmpty()) {
        while (fraction.size() < decimals)
            fraction += u'0';
        minor += fraction.toLongLong();
    }
    return Money(minor, *code);
}

QString Money::toPlainString() const
{
    return toPlainAmount() + u' ' + m_currency;
}

QString Money::toPlainAmount() const
{
    const int decimals = decimalsOf(m_currency);
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 absolute = m_minor < 0 ? -m_minor : m_minor;
    QString text = QString::number(absolute / scale);
    if (decimals > 0)
        text += u'.' + QString::number(absolute % scale).rightJustified(decimals, u'0');
    if (m_minor < 0)
        text.prepend(u'-');
    return text;
}

} // namespace pinedesk

namespace pinedesk {

QString Money::toDisplayString(const QLocale &locale) const
{
    const int decimals = decimalsOf(m_currency);
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    // Whole and fractional parts separately: no double rounding for large amounts.
    const qint64 absolute = m_minor < 0 ? -m_minor : m_minor;
    QString text = locale.toString(absolute / scale);
    if (decimals > 0) {
        text += locale.decimalPoint() +
                QString::number(absolute % scale).rightJustified(decimals, u'0');
    }
    if (m_minor < 0)
        text.prepend(locale.negativeSign());
    return text + u' ' + m_currency;
}

} // namespace pinedesk
