#include "EmailTemplateStore.h"

#include "DbTime.h"
#include "Statement.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

Expected<EmailTemplate> EmailTemplateStore::find(EmailTemplate::Kind kind, const QString &language)
{
    EmailTemplate t = EmailTemplate::defaultFor(kind, language);
    Statement st(m_ctx.database.connection(),
                 u"SELECT subject, body FROM email_templates WHERE kind = :k AND language = :l"_s);
    st.bind(u":k"_s, EmailTemplate::toText(kind)).bind(u":l"_s, t.language);
    const auto own = st.readOne([](const Statement &row) {
        return std::pair{row.value(0).toString(), row.value(1).toString()};
    });
    if (!own)
        return Expected<EmailTemplate>::failure(own.error());
    if (*own) {
        t.subject = (*own)->first;
        t.body = (*own)->second;
    }
    return t;
}

Status EmailTemplateStore::save(const EmailTemplate &t)
{
    Statement st(m_ctx.database.connection(),
                 u"INSERT INTO email_templates (kind, language, subject, body, updated_at) VALUES "
                 "(:k, :l, :s, :b, :now) ON CONFLICT (kind, language) DO UPDATE SET subject = "
                 "excluded.subject, body = excluded.body, updated_at = excluded.updated_at"_s);
    st.bind(u":k"_s, EmailTemplate::toText(t.kind))
        .bind(u":l"_s, t.language)
        .bind(u":s"_s, t.subject)
        .bind(u":b"_s, t.body)
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()));
    return st.exec();
}

Status EmailTemplateStore::reset(EmailTemplate::Kind kind, const QString &language)
{
    Statement st(m_ctx.database.connection(),
                 u"DELETE FROM email_templates WHERE kind = :k AND language = :l"_s);
    st.bind(u":k"_s, EmailTemplate::toText(kind)).bind(u":l"_s, language);
    return st.exec();
}

} // namespace pinedesk
