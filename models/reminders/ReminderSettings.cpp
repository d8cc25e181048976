#include "ReminderSettings.h"

#include "store/SettingsStore.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QString thresholdsKey = u"reminders.threshold_days"_s;
const QString emailKey = u"reminders.email_clients"_s;
const QString languageKey = u"reminders.default_language"_s;
const QString vendorKey = u"reminders.vendor_name"_s;
const QString renewalKey = u"reminders.renewal_url"_s;

QString joined(const QList<int> &days)
{
    QStringList parts;
    for (int d : days)
        parts.append(QString::number(d));
    return parts.join(u", "_s);
}

} // namespace

Expected<QList<int>> ReminderSettings::parseThresholds(const QString &text)
{
    QList<int> days;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int d = part.trimmed().toInt(&ok);
        if (!ok || d < 1 || d > maxThresholdDays)
            return Expected<QList<int>>::failure(
                tr("Reminder days are whole numbers from 1 to %1, separated by commas (such as "
                   "\"7, 1\"); \"%2\" is not one.")
                    .arg(maxThresholdDays)
                    .arg(part.trimmed()));
        if (!days.contains(d))
            days.append(d);
    }
    std::sort(days.begin(), days.end(), std::greater<>());
    return days;
}

ReminderSettings ReminderSettings::load(StoreContext context)
{
    SettingsStore store(std::move(context));
    ReminderSettings s;
    if (const auto days = parseThresholds(store.value(thresholdsKey, joined(s.thresholdDays))))
        s.thresholdDays = *days;
    s.emailClients = store.value(emailKey, u"0"_s) == u"1"_s;
    const QString language = store.value(languageKey, s.defaultLanguage);
    s.defaultLanguage = language == u"es"_s ? u"es"_s : u"en"_s;
    s.vendorName = store.value(vendorKey, QString());
    s.defaultRenewalUrl = store.value(renewalKey, QString());
    return s;
}

Status ReminderSettings::save(StoreContext context) const
{
    SettingsStore store(std::move(context));
    for (const auto &[key, value] :
         {std::pair{thresholdsKey, joined(thresholdDays)},
          std::pair{emailKey, emailClients ? u"1"_s : u"0"_s},
          std::pair{languageKey, defaultLanguage}, std::pair{vendorKey, vendorName.trimmed()},
          std::pair{renewalKey, defaultRenewalUrl.trimmed()}}) {
        if (const Status s = store.setValue(key, value); !s)
            return s;
    }
    return {};
}

} // namespace pinedesk
