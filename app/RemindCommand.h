#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pinedesk {

class Database;

// `pinedesk remind [--dry-run]`: announces the accesses about to end (a notification for the
// vendor, an e-mail to each client when the vendor e-mails clients), each once per threshold,
// then sends the e-mail outbox. From cron once a day; `serve` does it by itself.
// `pinedesk remind configure [--days 7,1] [--email-clients yes|no] [--language en|es]
// [--vendor NAME] [--renewal-url URL]` sets how.
class RemindCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemindCommand)

public:
    static int run(const QStringList &arguments, Database &database);
};

} // namespace pinedesk
