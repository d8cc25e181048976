#include "WizardBench.h"

#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "sync/AccessChanges.h"

#include <QDir>
#include <QLabel>
#include <QPixmap>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk::test {

SyncConfig fastChecks()
{
    SyncConfig c = SyncHarness::fastConfig();
    c.lookup = {1000, 1, 1000, 8, 0};
    return c;
}

QString ghost(int i)
{
    return u"ghost_trader_%1"_s.arg(i, 2, 10, QChar(u'0'));
}

WizardBench::WizardBench(SyncHarness &harness)
    : h(harness)
    , tv(harness.sandbox().server().baseUrl(), true)
{
    gammaPine = u"PUB;"_s + QString(32, u'7');
    h.sandbox().state().addScript(gammaPine, u"Sandbox Script 3"_s);
    const QStringList pines{h.sandbox().pine(0), h.sandbox().pine(1), gammaPine};
    const QStringList names{u"Alpha"_s, u"Beta"_s, u"Gamma"_s};
    for (int i = 0; i < 3; ++i) {
        Indicator ind;
        ind.name = names.at(i);
        ind.pineId = pines.at(i);
        ind.status = IndicatorStatus::Live;
        ids.append(IndicatorStore(h.context()).create(ind).value());
    }
    tv.client()->setSession(h.sandbox().client().session());
}

std::unique_ptr<BulkWizard> WizardBench::wizard(bool connected)
{
    auto w = std::make_unique<BulkWizard>(
        ConsoleContext{h.database(), h.clock(), u"test"_s, connected ? &tv : nullptr});
    w->setSyncConfig(fastChecks());
    return w;
}

QString labelText(QWidget *w, const QString &name)
{
    auto *label = w->findChild<QLabel *>(name);
    return label ? label->text() : u"<no %1>"_s.arg(name);
}

QString EnglishPlurals::translate(const char *, const char *source, const char *, int n) const
{
    static const QRegularExpression forms(u"(\\w+)\\((s|es|ies)\\)"_s);
    const QString text = QString::fromUtf8(source);
    if (n < 0 || !text.contains(forms))
        return {};
    QString out;
    qsizetype last = 0;
    for (const auto &m : forms.globalMatch(text)) {
        out += text.mid(last, m.capturedStart() - last);
        const QString word = m.captured(1);
        if (n == 1)
            out += word;
        else if (m.captured(2) == u"ies"_s)
            out += word.chopped(1) + u"ies"_s;
        else
            out += word + m.captured(2);
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

bool screenshot(QWidget *w, const QString &name)
{
    const QPixmap picture = w->grab();
    if (picture.isNull() || picture.width() < 400 || picture.height() < 300)
        return false;
    const QString dir = qEnvironmentVariable("PINEDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    return picture.save(QDir(dir).filePath(name));
}

void seedHolders(SyncHarness &h)
{
    ClientStore clients(h.context());
    for (const QString &name : traders(1, 40)) {
        Client c;
        c.tvUsername = name;
        c.email = name + u"@example.com"_s;
        QVERIFY(clients.create(c).ok());
    }
    AccessChanges::Request before;
    before.usernames = traders(1, 30);
    before.pineIds = {h.sandbox().pine(0)};
    before.duration = Duration::days(30);
    QVERIFY(AccessChanges(h.context()).apply(before).ok());
    before.usernames = traders(31, 40);
    before.duration = Duration::lifetime();
    QVERIFY(AccessChanges(h.context()).apply(before).ok());
    QVERIFY(h.runUntilIdle());
}

QString pastedList()
{
    QStringList lines;
    const QStringList real = traders(1, 480);
    for (int i = 0; i < real.size(); ++i)
        lines.append(i % 3 == 0 ? u"@"_s + real.at(i) : real.at(i));
    for (int i = 1; i <= 20; ++i)
        lines.insert(i * 20, ghost(i));
    return lines.mid(0, 250).join(u"\n"_s) + u"\n\n  , "_s + lines.mid(250).join(u", "_s) +
           u"; @TRADER00002 trader00001\n"_s;
}

} // namespace pinedesk::test
