#include "PageSetup.h"

#include "reminders/ReminderSettings.h"
#include "store/SettingsStore.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

QPageSize PageSetup::pageSize() const
{
    return QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
}

QString PageSetup::paperName(Paper paper)
{
    return paper == Paper::Letter ? tr("US Letter") : tr("A4");
}

QString PageSetup::paperCode(Paper paper)
{
    return paper == Paper::Letter ? u"letter"_s : u"a4"_s;
}

Expected<PageSetup::Paper> PageSetup::parsePaper(const QString &text)
{
    const QString code = text.trimmed().toLower();
    if (code == u"a4"_s)
        return Paper::A4;
    if (code == u"letter"_s)
        return Paper::Letter;
    return Expected<Paper>::failure(tr("The paper is a4 or letter, not \"%1\".").arg(text));
}

PageSetup::Paper PageSetup::localePaper()
{
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? Paper::Letter
                                                                              : Paper::A4;
}

PageSetup PageSetup::load(StoreContext context)
{
    PageSetup setup;
    const auto stored =
        parsePaper(SettingsStore(context).value(paperKey, paperCode(localePaper())));
    setup.paper = stored ? *stored : localePaper();
    setup.vendor = ReminderSettings::load(context).vendorName;
    return setup;
}

Status PageSetup::savePaper(StoreContext context, Paper paper)
{
    return SettingsStore(std::move(context)).setValue(paperKey, paperCode(paper));
}

} // namespace pinedesk
