#include "PaymentCsv.h"

#include "csv/CsvWriter.h"
#include "store/DbTime.h"

#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

Expected<qint64> PaymentCsv::write(const QList<PaymentRow> &rows, const QString &path)
{
    using R = Expected<qint64>;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return R::failure(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    CsvWriter csv(file);
    csv.writeRow({u"paid_at"_s, u"tv_username"_s, u"client_name"_s, u"amount"_s, u"currency"_s,
                  u"status"_s, u"refunded"_s, u"plan"_s, u"source"_s, u"method"_s, u"reference"_s,
                  u"note"_s});
    for (const PaymentRow &r : rows) {
        const Payment &p = r.payment;
        csv.writeRow({DbTime::toText(p.paidAt), r.tvUsername, r.clientName,
                      p.amount.toPlainAmount(), p.amount.currency(), toText(p.status),
                      Money(p.refundedMinor, p.amount.currency()).toPlainAmount(), r.planName,
                      p.source, p.method, p.reference, p.note});
    }
    if (const Status s = csv.status(); !s) {
        file.cancelWriting();
        return R::failure(s.error());
    }
    if (!file.commit())
        return R::failure(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return qint64(rows.size());
}

} // namespace pinedesk
