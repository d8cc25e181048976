#pragma once

#include "SyncHarness.h"
#include "bulk/BulkWizard.h"
#include "tradingview/TvConnection.h"

#include <QTranslator>

#include <memory>

namespace pinedesk::test {

// Look-ups as fast as the sandbox answers.
SyncConfig fastChecks();
// ghost_trader_01...: usernames TradingView does not know.
QString ghost(int i);

// The wizard, the catalog (Alpha, Beta, Gamma) and a GUI line to the harness's sandbox.
struct WizardBench
{
    explicit WizardBench(SyncHarness &harness);
    // A wizard on the harness's database; `connected` false: no line to TradingView.
    std::unique_ptr<BulkWizard> wizard(bool connected = true);

    SyncHarness &h;
    TvConnection tv;
    QString gammaPine;
    QList<qint64> ids; // Alpha, Beta, Gamma
};

// The text of the child label called `name`.
QString labelText(QWidget *w, const QString &name);

// The screenshots read as the English catalogue will have them ("7 days", not "7 day(s)"):
// plural forms only, for the pictures in docs/.
class EnglishPlurals final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override;
};

// Renders `w` (false when that fails) and saves the picture into $PINEDESK_SCREENSHOT_DIR when
// it is set (the docs/ screenshots are made that way).
bool screenshot(QWidget *w, const QString &name);
// 30 hold Alpha for 30 days already, 10 for life; all 40 are clients with an e-mail.
void seedHolders(SyncHarness &h);
// 480 traders and 20 that do not exist, pasted as people do (with two duplicates).
QString pastedList();

} // namespace pinedesk::test
