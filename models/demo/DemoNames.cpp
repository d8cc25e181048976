#include "DemoNames.h"

namespace pinedesk {

namespace {

constexpr QStringView firstNameList[] = {
    u"James",  u"Maria",     u"Lucas", u"Sofia",  u"Mateo",  u"Emma",     u"Liam",   u"Olivia",
    u"Noah",   u"Valentina", u"Ethan", u"Camila", u"Daniel", u"Isabella", u"Diego",  u"Chloe",
    u"Hugo",   u"Lea",       u"Marco", u"Giulia", u"Pedro",  u"Ana",      u"Luis",   u"Lucia",
    u"Carlos", u"Elena",     u"Ahmed", u"Fatima", u"Omar",   u"Aisha",    u"Kenji",  u"Yuki",
    u"Wei",    u"Mei",       u"Arjun", u"Priya",  u"Ivan",   u"Olga",     u"Jan",    u"Anna",
    u"Tom",    u"Sarah",     u"Ben",   u"Laura",  u"Felix",  u"Nina",     u"Oscar",  u"Julia",
    u"Samuel", u"Alicia",    u"Kwame", u"Amara",  u"Tiago",  u"Beatriz",  u"Mehmet", u"Zeynep",
    u"Andre",  u"Claire",    u"Raj",   u"Sunita", u"Mikael", u"Sara",     u"Pablo",  u"Marta"};

constexpr QStringView lastNameList[] = {
    u"Smith",  u"Garcia",    u"Muller",   u"Rossi",   u"Silva",    u"Martin",  u"Lopez",
    u"Brown",  u"Fernandez", u"Schmidt",  u"Bianchi", u"Santos",   u"Dubois",  u"Gonzalez",
    u"Wilson", u"Rodriguez", u"Fischer",  u"Romano",  u"Oliveira", u"Bernard", u"Perez",
    u"Taylor", u"Sanchez",   u"Weber",    u"Colombo", u"Costa",    u"Thomas",  u"Ramirez",
    u"Khan",   u"Tanaka",    u"Chen",     u"Patel",   u"Ivanov",   u"Novak",   u"Jansen",
    u"Larsen", u"Nowak",     u"Kowalski", u"Yilmaz",  u"Mensah",   u"Okafor",  u"Haddad",
    u"Moreau", u"Ricci",     u"Pereira",  u"Becker",  u"Hoffmann", u"Kim",     u"Nguyen",
    u"Park"};

constexpr QStringView tradingWordList[] = {
    u"trader",    u"fx",        u"pips",    u"scalper",  u"swing", u"bull",  u"bear",    u"alpha",
    u"crypto",    u"btc",       u"gold",    u"wave",     u"trend", u"pivot", u"signals", u"charts",
    u"capital",   u"invest",    u"futures", u"options",  u"quant", u"edge",  u"smc",     u"ict",
    u"liquidity", u"orderflow", u"candle",  u"breakout", u"macro", u"whale"};

constexpr QStringView mailDomainList[] = {
    u"gmail.com",   u"outlook.com", u"yahoo.com",  u"proton.me", u"icloud.com",
    u"hotmail.com", u"gmx.de",      u"hotmail.es", u"libero.it", u"orange.fr",
    u"uol.com.br",  u"yandex.ru",   u"mail.com",   u"web.de",    u"live.co.uk"};

constexpr QStringView indicatorNameList[] = {
    u"Smart Money Concepts Pro", u"Liquidity Sweeps",      u"Order Block Finder",
    u"Volume Profile Plus",      u"Trend Strength Matrix", u"Divergence Hunter",
    u"Session Killzones",        u"Supply & Demand Zones", u"Momentum Oscillator X",
    u"Fair Value Gaps",          u"Scalper's Edge (beta)", u"Classic Signals v1"};

constexpr QStringView noteList[] = {u"Asked for a discount on the yearly plan.",
                                    u"Found us through the Discord server.",
                                    u"Prefers contact by Telegram.",
                                    u"Paid by bank transfer; send the invoice by e-mail.",
                                    u"Had trouble finding the indicator in 'Invite-only scripts'.",
                                    u"Affiliate referral (code SPRING).",
                                    u"Requested a 7-day trial extension.",
                                    u"Trades crypto only, interested in the session tool.",
                                    u"Reported a repaint issue in v2.1, fixed in v2.2.",
                                    u"Wants the next release notes in Spanish."};

} // namespace

std::span<const QStringView> DemoNames::firstNames()
{
    return firstNameList;
}

std::span<const QStringView> DemoNames::lastNames()
{
    return lastNameList;
}

std::span<const QStringView> DemoNames::tradingWords()
{
    return tradingWordList;
}

std::span<const QStringView> DemoNames::mailDomains()
{
    return mailDomainList;
}

std::span<const QStringView> DemoNames::indicatorNames()
{
    return indicatorNameList;
}

std::span<const QStringView> DemoNames::noteSnippets()
{
    return noteList;
}

} // namespace pinedesk
