#pragma once

#include "ServiceContext.h"
#include "domain/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QList>

namespace pinedesk {

// One client's story, newest first: every grant, extension, plan change, shortening and revoke
// (from the access history), every payment, and every outcome of the sync with TradingView.
// For the client profile, and as CSV for the vendor's records.
class ClientTimeline
{
    Q_DECLARE_TR_FUNCTIONS(ClientTimeline)

public:
    enum class Kind { Access, Payment, Sync };
    struct Entry
    {
        QDateTime at;
        Kind kind = Kind::Access;
        QString what;   // "Granted", "Paid", "Applied on TradingView"...
        QString detail; // the indicator, the period, the amount, the error
        QString who;    // the actor, the payment's source, or TradingView
    };
    static constexpr int syncLimit = 500;

    explicit ClientTimeline(ServiceContext context)
        : m_ctx(std::move(context))
    {}

    [[nodiscard]] Expected<QList<Entry>> entries(qint64 clientId);
    static Status writeCsv(const QList<Entry> &entries, QIODevice &device);
    static QString kindName(Kind kind);

private:
    ServiceContext m_ctx;
};

} // namespace pinedesk
