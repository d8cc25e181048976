#pragma once

#include <QLoggingCategory>

// PineDesk's logging categories. Enable with QT_LOGGING_RULES, e.g. "pinedesk.sync.debug=true".
// Technical details (SQL, driver text, HTTP statuses) go here, never into the vendor's messages.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcLease)
Q_DECLARE_LOGGING_CATEGORY(lcTv)
Q_DECLARE_LOGGING_CATEGORY(lcServices)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcJobs)
