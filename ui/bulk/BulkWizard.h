#pragma once

#include "ConsoleContext.h"
#include "bulk/BulkDraft.h"
#include "sync/SyncConfig.h"

#include <QWizard>

namespace pinedesk {

class BulkCheckPage;
class BulkPreviewPage;
class BulkRunPage;
class BulkWhatPage;
class BulkWhoPage;
class SyncEngine;

// The bulk grant wizard: give hundreds or thousands of users a trial, renew every subscriber,
// move a plan's users to another plan, with a result the vendor can trust. One page per step:
// who, what, check (usernames on TradingView), preview (nothing queued before it is confirmed)
// and run (live status of the batch). Opened non-modally; closing it leaves the run going.
class BulkWizard final : public QWizard
{
    Q_OBJECT

public:
    enum Page { WhoPage, WhatPage, CheckPage, PreviewPage, RunPage };

    explicit BulkWizard(ConsoleContext context, QWidget *parent = nullptr);

    // The clients selected in a page (the "current selection" of step 1).
    void setRecipients(const QStringList &usernames, const QString &audience);
    // The engine lives on another thread: the run page only sends it queued calls (wake) and
    // listens to its signals (state, progress).
    void attachEngine(SyncEngine *engine);
    // The pace of the username check: the lookup call class (default: SyncConfig's).
    void setSyncConfig(const SyncConfig &config);

    qint64 batchId() const;
    const BulkDraft &draft() const { return m_draft; }
    BulkWhoPage *whoPage() const { return m_who; }
    BulkWhatPage *whatPage() const { return m_what; }
    BulkCheckPage *checkPage() const { return m_check; }
    BulkPreviewPage *previewPage() const { return m_preview; }
    BulkRunPage *runPage() const { return m_run; }

Q_SIGNALS:
    // The run was queued (one batch): wake the sync engine, refresh the pages.
    void batchQueued(qint64 batchId);

private:
    BulkDraft m_draft;
    BulkWhoPage *m_who;
    BulkWhatPage *m_what;
    BulkCheckPage *m_check;
    BulkPreviewPage *m_preview;
    BulkRunPage *m_run;
};

} // namespace pinedesk
