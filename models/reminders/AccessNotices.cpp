#include "AccessNotices.h"

#include "ClientEmail.h"
#include "ReminderSettings.h"
#include "store/AccessNoticeStore.h"
#include "store/EmailOutboxStore.h"
#include "store/Transaction.h"

#include <QMap>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

AccessNotices::AccessNotices(StoreContext context)
    : m_ctx(std::move(context))
{}

Expected<AccessNotices::Result> AccessNotices::run()
{
    using R = Expected<Result>;
    const ReminderSettings settings = ReminderSettings::load(m_ctx);
    Result result;
    if (!settings.emailClients)
        return result;
    AccessNoticeStore notices(m_ctx);
    const QDateTime since = m_ctx.clock.nowUtc().addDays(-lookBackDays);
    const auto confirmed = notices.confirmedSince(since);
    if (!confirmed)
        return R::failure(confirmed.error());
    const auto ended = notices.endedSince(since);
    if (!ended)
        return R::failure(ended.error());
    if (confirmed->isEmpty() && ended->isEmpty())
        return result;

    Transaction tx(m_ctx.database.connection());
    if (!tx.isActive())
        return R::failure(tx.error());
    // Decided before anything is recorded: a first access is welcomed, once.
    QSet<qint64> newClients;
    for (const AccessNoticeStore::Candidate &a : *confirmed) {
        if (newClients.contains(a.clientId))
            continue;
        const auto isNew = notices.isNewClient(a.clientId, since);
        if (!isNew)
            return R::failure(isNew.error());
        if (*isNew)
            newClients.insert(a.clientId);
    }
    EmailOutboxStore outbox(m_ctx);
    const struct
    {
        AccessNoticeStore::Kind kind;
        EmailTemplate::Kind email;
        const QList<AccessNoticeStore::Candidate> &accesses;
        int &queued;
    } groups[] = {
        {AccessNoticeStore::Kind::Granted, EmailTemplate::Kind::Granted, *confirmed,
         result.granted},
        {AccessNoticeStore::Kind::Ended, EmailTemplate::Kind::Ended, *ended, result.ended},
    };
    for (const auto &group : groups) {
        QMap<qint64, QList<const ClientEmail::Access *>> byClient;
        for (const AccessNoticeStore::Candidate &a : group.accesses) {
            // Told or not, it is settled: a client without an address is not asked again.
            if (const Status s = notices.record(a.accessId, group.kind, a.expiresAt); !s)
                return R::failure(s.error());
            if (!a.email.isEmpty() && !a.emailOptOut)
                byClient[a.clientId].append(&a);
        }
        for (auto it = byClient.cbegin(); it != byClient.cend(); ++it) {
            QStringList keys;
            for (const ClientEmail::Access *a : it.value())
                keys.append(u"%1@%2"_s.arg(a->accessId).arg(a->expiresAt.toSecsSinceEpoch()));
            const bool welcome =
                group.kind == AccessNoticeStore::Kind::Granted && newClients.contains(it.key());
            const EmailTemplate::Kind kind = welcome ? EmailTemplate::Kind::Welcome : group.email;
            const auto email =
                ClientEmail::compose(m_ctx, kind, it.value(), settings,
                                     EmailTemplate::toText(kind) + u':' + keys.join(u'-'));
            if (!email)
                return R::failure(email.error());
            const auto queued = outbox.enqueue(*email);
            if (!queued)
                return R::failure(queued.error());
            (welcome ? result.welcomed : group.queued) += *queued ? 1 : 0;
        }
    }
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    return result;
}

} // namespace pinedesk
