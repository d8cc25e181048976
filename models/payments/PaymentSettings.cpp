#include "PaymentSettings.h"

#include "store/SettingsStore.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QString graceKey = u"payments.grace_days"_s;
const QString refundKey = u"payments.refund_action"_s;

} // namespace

PaymentSettings PaymentSettings::load(StoreContext context)
{
    SettingsStore store(std::move(context));
    PaymentSettings s;
    bool ok = false;
    const int grace = store.value(graceKey, QString::number(s.graceDays)).toInt(&ok);
    if (ok && grace >= 0 && grace <= maxGraceDays)
        s.graceDays = grace;
    s.refundAction = store.value(refundKey, u"now"_s) == u"period_end"_s ? RefundAction::AtPeriodEnd
                                                                         : RefundAction::RevokeNow;
    return s;
}

Status PaymentSettings::save(StoreContext context) const
{
    if (graceDays < 0 || graceDays > maxGraceDays)
        return Status::failure(tr("Grace days go from 0 to %1.").arg(maxGraceDays));
    SettingsStore store(std::move(context));
    if (const Status s = store.setValue(graceKey, QString::number(graceDays)); !s)
        return s;
    return store.setValue(refundKey,
                          refundAction == RefundAction::AtPeriodEnd ? u"period_end"_s : u"now"_s);
}

} // namespace pinedesk
