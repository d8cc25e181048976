// The per-row protocol of the sync engine: how one queue row converges on TradingView.
// Wanted access: add; `exists` means nothing changed, so modify follows with the intended date;
// a modify that finds no grant starts over with add (a bounded number of times). Anything else:
// remove, where `ok`, `not_exists` and an unknown user all mean "no access now".
#include "SyncEngine.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

void SyncEngine::callAdd(quint64 opId)
{
    auto run = [this, opId] {
        const Operation &op = m_ops[opId];
        m_client->addAccess(op.row.pineId, op.intent.tvUsername, op.intent.expiration,
                            [this, opId](const TvResult<TradingViewClient::AddOutcome> &r) {
                                if (!settle(opId, CallClass::Write, r ? nullptr : &r.error(),
                                            [this, opId] { callAdd(opId); }))
                                    return;
                                if (r) {
                                    // `exists` changed nothing: set the intended date explicitly.
                                    if (*r == TradingViewClient::AddOutcome::Exists)
                                        callModify(opId);
                                    else
                                        finishDone(opId, u"added"_s, true);
                                    return;
                                }
                                if (r.error().kind == TvError::Kind::UserNotFound)
                                    finishDead(opId, r.error().message(), false);
                                else
                                    finishDead(opId, r.error().message());
                            });
    };
    enqueueCall(CallClass::Write, opId, run);
}

void SyncEngine::callModify(quint64 opId)
{
    auto run = [this, opId] {
        const Operation &op = m_ops[opId];
        m_client->modifyExpiration(op.row.pineId, op.intent.tvUsername, op.intent.expiration,
                                   [this, opId](const TvResult<bool> &r) {
                                       if (!settle(opId, CallClass::Write, r ? nullptr : &r.error(),
                                                   [this, opId] { callModify(opId); }))
                                           return;
                                       if (r) {
                                           finishDone(opId, u"modified"_s, true);
                                           return;
                                       }
                                       // The grant vanished between add and modify (it expired,
                                       // or someone removed it; the status for "no grant" is not
                                       // documented): start over with add, a bounded number of
                                       // times.
                                       if (r.error().kind == TvError::Kind::BadRequest &&
                                           m_ops[opId].restarts++ < 2) {
                                           callAdd(opId);
                                           return;
                                       }
                                       finishDead(opId, r.error().message());
                                   });
    };
    enqueueCall(CallClass::Write, opId, run);
}

void SyncEngine::callRemove(quint64 opId)
{
    auto run = [this, opId] {
        const Operation &op = m_ops[opId];
        m_client->removeAccess(op.row.pineId, op.intent.tvUsername,
                               [this, opId](const TvResult<TradingViewClient::RemoveOutcome> &r) {
                                   if (!settle(opId, CallClass::Remove, r ? nullptr : &r.error(),
                                               [this, opId] { callRemove(opId); }))
                                       return;
                                   if (r) {
                                       finishDone(opId,
                                                  *r == TradingViewClient::RemoveOutcome::Removed
                                                      ? u"removed"_s
                                                      : u"absent"_s,
                                                  false);
                                       return;
                                   }
                                   // A user TradingView does not know holds no access: done.
                                   if (r.error().kind == TvError::Kind::UserNotFound)
                                       finishDone(opId, u"absent"_s, false);
                                   else
                                       finishDead(opId, r.error().message());
                               });
    };
    enqueueCall(CallClass::Remove, opId, run);
}

} // namespace pinedesk
