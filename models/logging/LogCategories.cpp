#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcStore, "pinedesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "pinedesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLease, "pinedesk.lease", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTv, "pinedesk.tv", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServices, "pinedesk.services", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "pinedesk.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJobs, "pinedesk.jobs", QtInfoMsg)
