#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"
#include "mail/EmailTemplate.h"

namespace pinedesk {

// The vendor's own wording of the e-mails, per kind and language; the defaults otherwise.
class EmailTemplateStore
{
public:
    explicit EmailTemplateStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    [[nodiscard]] Expected<EmailTemplate> find(EmailTemplate::Kind kind, const QString &language);
    Status save(const EmailTemplate &t);
    Status reset(EmailTemplate::Kind kind, const QString &language); // back to the default

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
