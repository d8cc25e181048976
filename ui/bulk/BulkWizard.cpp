#include "BulkWizard.h"

#include "BulkCheckPage.h"
#include "BulkPreviewPage.h"
#include "BulkRunPage.h"
#include "BulkWhatPage.h"
#include "BulkWhoPage.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

BulkWizard::BulkWizard(ConsoleContext context, QWidget *parent)
    : QWizard(parent)
    , m_who(new BulkWhoPage(context, m_draft, this))
    , m_what(new BulkWhatPage(context, m_draft, this))
    , m_check(new BulkCheckPage(context, m_draft, this))
    , m_preview(new BulkPreviewPage(context, m_draft, this))
    , m_run(new BulkRunPage(context, m_draft, this))
{
    setObjectName(u"bulkWizard"_s);
    setWindowTitle(tr("Bulk changes"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage |
               QWizard::NoDefaultButton);
    setPage(WhoPage, m_who);
    setPage(WhatPage, m_what);
    setPage(CheckPage, m_check);
    setPage(PreviewPage, m_preview);
    setPage(RunPage, m_run);
    setStartId(WhoPage);
    setButtonText(QWizard::CommitButton, tr("&Queue changes"));
    resize(900, 600);
    connect(m_run, &BulkRunPage::batchQueued, this, &BulkWizard::batchQueued);
}

void BulkWizard::setRecipients(const QStringList &usernames, const QString &audience)
{
    m_who->setSelection(usernames, audience);
}

void BulkWizard::attachEngine(SyncEngine *engine)
{
    m_run->attachEngine(engine);
}

void BulkWizard::setSyncConfig(const SyncConfig &config)
{
    m_check->setPace(config);
}

qint64 BulkWizard::batchId() const
{
    return m_run->batchId();
}

} // namespace pinedesk
