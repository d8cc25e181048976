#include "Schema.h"

#include "TeamSchema.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// Times are UTC ISO-8601 text with milliseconds and 'Z' (fixed width, so text order is time
// order). Money is integer minor units plus an ISO currency. Usernames compare without case.
MigrationStep version1()
{
    return {
        1,
        u"clients, catalog, plans, accesses, payments, audit log, sync queue"_s,
        {
            uR"(CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    tv_username TEXT COLLATE NOCASE UNIQUE,
    email TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    full_name TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('lead', 'active', 'inactive', 'blocked')),
    notes TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"_s,
            u"CREATE INDEX clients_email ON clients (email)"_s,
            u"CREATE INDEX clients_full_name ON clients (full_name)"_s,
            u"CREATE INDEX clients_created ON clients (created_at)"_s,
            u"CREATE INDEX clients_status ON clients (status)"_s,

            uR"(CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    pine_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'development'
        CHECK (status IN ('development', 'live', 'retired')),
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"_s,

            uR"(CREATE TABLE indicator_versions (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    version TEXT NOT NULL,
    released_at TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (indicator_id, version)))"_s,

            uR"(CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    duration TEXT NOT NULL,
    price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    description TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"_s,

            uR"(CREATE TABLE plan_indicators (
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE RESTRICT,
    PRIMARY KEY (plan_id, indicator_id)))"_s,

            uR"(CREATE TABLE accesses (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE RESTRICT,
    indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE RESTRICT,
    starts_at TEXT NOT NULL,
    expires_at TEXT,
    intended_state TEXT NOT NULL CHECK (intended_state IN ('granted', 'revoked')),
    origin TEXT NOT NULL
        CHECK (origin IN ('manual', 'bulk', 'plan', 'campaign', 'import')),
    plan_id INTEGER REFERENCES plans (id) ON DELETE SET NULL,
    server_state TEXT NOT NULL DEFAULT 'unknown'
        CHECK (server_state IN ('unknown', 'granted', 'absent')),
    server_expires_at TEXT,
    synced_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (client_id, indicator_id)))"_s,
            u"CREATE INDEX accesses_expiry ON accesses (intended_state, expires_at)"_s,
            u"CREATE INDEX accesses_indicator ON accesses (indicator_id, intended_state, expires_at)"_s,
            u"CREATE INDEX accesses_plan ON accesses (plan_id)"_s,

            uR"(CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    amount_minor INTEGER NOT NULL,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    paid_at TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'manual',
    plan_id INTEGER REFERENCES plans (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL))"_s,
            u"CREATE INDEX payments_client ON payments (client_id, paid_at)"_s,
            u"CREATE INDEX payments_paid ON payments (paid_at)"_s,
            uR"(CREATE UNIQUE INDEX payments_reference ON payments (source, reference)
    WHERE reference <> '')"_s,

            uR"(CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    details TEXT NOT NULL DEFAULT '{}'))"_s,
            u"CREATE INDEX audit_entity ON audit_log (entity_type, entity_id, at)"_s,
            u"CREATE INDEX audit_at ON audit_log (at)"_s,

            uR"(CREATE TABLE sync_batches (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL))"_s,

            uR"(CREATE TABLE sync_queue (
    id INTEGER PRIMARY KEY,
    tv_username TEXT NOT NULL COLLATE NOCASE,
    pine_id TEXT NOT NULL,
    batch_id INTEGER REFERENCES sync_batches (id) ON DELETE SET NULL,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'in_flight', 'retry', 'done', 'dead', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"_s,
            u"CREATE INDEX sync_queue_due ON sync_queue (state, next_attempt_at)"_s,
            u"CREATE INDEX sync_queue_batch ON sync_queue (batch_id, state)"_s,
            u"CREATE INDEX sync_queue_pair ON sync_queue (tv_username, pine_id, id)"_s,
            // At most one waiting row per pair: a second change of intent before the engine
            // runs joins the waiting row (the engine reads the intent when it executes).
            uR"(CREATE UNIQUE INDEX sync_queue_one_waiting ON sync_queue (tv_username, pine_id)
    WHERE state IN ('pending', 'retry'))"_s,

            uR"(CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL))"_s,
        }};
}

// What the sync engine needs on top of v1: per-batch pause, each row's result and end time,
// and the reconciliation reports.
MigrationStep version2()
{
    return {2,
            u"sync engine: batch pause, row results, reconciliation reports"_s,
            {
                u"ALTER TABLE sync_batches ADD COLUMN paused INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE sync_queue ADD COLUMN result TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE sync_queue ADD COLUMN finished_at TEXT"_s,
                uR"(CREATE TABLE reconciliations (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    report TEXT NOT NULL))"_s,
            }};
}

// What the console needs: full-text search over clients (kept in step by triggers, so every
// writer, including imports, is covered) and saved CRM segments.
MigrationStep version3()
{
    return {3,
            u"client search index, saved segments"_s,
            {
                uR"(CREATE VIRTUAL TABLE clients_fts USING fts5(
    tv_username, email, full_name,
    content = 'clients', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'))"_s,
                uR"(CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients BEGIN
    INSERT INTO clients_fts (rowid, tv_username, email, full_name)
        VALUES (new.id, new.tv_username, new.email, new.full_name);
END)"_s,
                uR"(CREATE TRIGGER clients_fts_delete AFTER DELETE ON clients BEGIN
    INSERT INTO clients_fts (clients_fts, rowid, tv_username, email, full_name)
        VALUES ('delete', old.id, old.tv_username, old.email, old.full_name);
END)"_s,
                uR"(CREATE TRIGGER clients_fts_update AFTER UPDATE OF tv_username, email, full_name
    ON clients BEGIN
    INSERT INTO clients_fts (clients_fts, rowid, tv_username, email, full_name)
        VALUES ('delete', old.id, old.tv_username, old.email, old.full_name);
    INSERT INTO clients_fts (rowid, tv_username, email, full_name)
        VALUES (new.id, new.tv_username, new.email, new.full_name);
END)"_s,
                u"INSERT INTO clients_fts (clients_fts) VALUES ('rebuild')"_s,
                uR"(CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    definition TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"_s,
            }};
}

// Campaigns: a bulk run saved under a name, with the clients it reached, so that later payments
// can be counted against it (reactivation).
MigrationStep version4()
{
    return {4,
            u"campaigns"_s,
            {
                uR"(CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    audience TEXT NOT NULL DEFAULT '',
    offer TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    batch_id INTEGER REFERENCES sync_batches (id) ON DELETE SET NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL))"_s,
                uR"(CREATE TABLE campaign_members (
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    PRIMARY KEY (campaign_id, client_id)) WITHOUT ROWID)"_s,
                u"CREATE INDEX campaign_members_client ON campaign_members (client_id)"_s,
                // The bulk wizard follows a batch's rows as they change.
                u"CREATE INDEX sync_queue_batch_updated ON sync_queue (batch_id, updated_at)"_s,
            }};
}

// One owner of the queue: the engine that drains it holds this single row and renews its
// heartbeat; others wait, or take over once the heartbeat is stale.
MigrationStep version5()
{
    return {5,
            u"queue lease"_s,
            {
                uR"(CREATE TABLE queue_lease (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    owner_id TEXT NOT NULL,
    owner_kind TEXT NOT NULL,
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    acquired_at TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL))"_s,
            }};
}

// Money in, access out: payment statuses and the provider's references, products mapped to
// plans, the provider's customers linked to clients, and the inbox of webhook events (its
// UNIQUE key is what makes a redelivered event change nothing).
MigrationStep version6()
{
    return {
        6,
        u"payments from providers, product mapping, webhook inbox"_s,
        {
            uR"(ALTER TABLE payments ADD COLUMN status TEXT NOT NULL DEFAULT 'paid'
    CHECK (status IN ('paid', 'refunded', 'partially_refunded', 'disputed', 'failed')))"_s,
            u"ALTER TABLE payments ADD COLUMN refunded_minor INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE payments ADD COLUMN method TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE payments ADD COLUMN note TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE payments ADD COLUMN period_end TEXT"_s,
            u"ALTER TABLE payments ADD COLUMN product_ref TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE payments ADD COLUMN subscription_ref TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE payments ADD COLUMN updated_at TEXT"_s,
            uR"(CREATE INDEX payments_subscription ON payments (source, subscription_ref, paid_at)
    WHERE subscription_ref <> '')"_s,
            uR"(CREATE TABLE payment_refs (
    provider TEXT NOT NULL,
    ref TEXT NOT NULL,
    payment_id INTEGER NOT NULL REFERENCES payments (id) ON DELETE CASCADE,
    PRIMARY KEY (provider, ref)) WITHOUT ROWID)"_s,
            u"CREATE INDEX payment_refs_payment ON payment_refs (payment_id)"_s,
            uR"(CREATE TABLE customer_links (
    provider TEXT NOT NULL,
    customer_ref TEXT NOT NULL,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (provider, customer_ref)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE product_plans (
    provider TEXT NOT NULL,
    product_id TEXT NOT NULL,
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (provider, product_id)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE webhook_events (
    id INTEGER PRIMARY KEY,
    provider TEXT NOT NULL,
    event_key TEXT NOT NULL DEFAULT '',
    event_type TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'applied', 'ignored', 'needs_attention',
                                         'duplicate', 'refused')),
    http_status INTEGER NOT NULL DEFAULT 200,
    reason TEXT NOT NULL DEFAULT '',
    customer_ref TEXT NOT NULL DEFAULT '',
    tv_username TEXT NOT NULL DEFAULT '',
    fixed_username TEXT NOT NULL DEFAULT '',
    client_id INTEGER REFERENCES clients (id) ON DELETE SET NULL,
    payment_id INTEGER REFERENCES payments (id) ON DELETE SET NULL,
    batch_id INTEGER REFERENCES sync_batches (id) ON DELETE SET NULL,
    amount_minor INTEGER,
    currency TEXT NOT NULL DEFAULT '',
    duplicate_of INTEGER REFERENCES webhook_events (id) ON DELETE SET NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    content_type TEXT NOT NULL DEFAULT '',
    headers TEXT NOT NULL DEFAULT '{}',
    payload BLOB NOT NULL DEFAULT '',
    processed_at TEXT))"_s,
            // One live row per provider event: a redelivery is recorded as a duplicate.
            uR"(CREATE UNIQUE INDEX webhook_events_key ON webhook_events (provider, event_key)
    WHERE state NOT IN ('duplicate', 'refused'))"_s,
            u"CREATE INDEX webhook_events_state ON webhook_events (state, next_attempt_at)"_s,
            u"CREATE INDEX webhook_events_received ON webhook_events (received_at)"_s,
            uR"(CREATE INDEX webhook_events_customer ON webhook_events (provider, customer_ref)
    WHERE customer_ref <> '')"_s,
        }};
}

// The REST API's keys: only a hash of each is kept (the key is shown once, when created).
MigrationStep version7()
{
    return {7,
            u"API keys"_s,
            {
                uR"(CREATE TABLE api_keys (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    prefix TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at TEXT))"_s,
            }};
}

// Stripe's newer API versions name an invoice's payment in a separate event: the aliases let a
// refund of the payment intent find the invoice. A subscription's end is remembered so a
// payment delivered after it (providers do not keep order) does not grant again.
MigrationStep version8()
{
    return {8,
            u"Payment aliases and subscription ends"_s,
            {
                uR"(CREATE TABLE payment_aliases (
    provider TEXT NOT NULL,
    alias TEXT NOT NULL,
    ref TEXT NOT NULL,
    PRIMARY KEY (provider, alias)) WITHOUT ROWID)"_s,
                uR"(CREATE TABLE subscription_ends (
    provider TEXT NOT NULL,
    subscription_ref TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('cancelled', 'ended')),
    ended_at TEXT NOT NULL,
    access_until TEXT,
    PRIMARY KEY (provider, subscription_ref)) WITHOUT ROWID)"_s,
            }};
}

// Nothing forgotten: expiry alerts raised once per access, threshold and end; the vendor's
// notifications; e-mails to clients through a durable outbox, in each client's language.
MigrationStep version9()
{
    return {9,
            u"Reminders, notifications and e-mail"_s,
            {
                u"ALTER TABLE clients ADD COLUMN language TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE clients ADD COLUMN email_opt_out INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE plans ADD COLUMN renewal_url TEXT NOT NULL DEFAULT ''"_s,
                uR"(CREATE TABLE expiry_alerts (
    access_id INTEGER NOT NULL REFERENCES accesses (id) ON DELETE CASCADE,
    threshold_days INTEGER NOT NULL,
    expires_at TEXT NOT NULL,
    raised_at TEXT NOT NULL,
    PRIMARY KEY (access_id, threshold_days, expires_at)) WITHOUT ROWID)"_s,
                uR"(CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    dedup_key TEXT NOT NULL UNIQUE,
    args TEXT NOT NULL DEFAULT '{}',
    target TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    read_at TEXT,
    shown_at TEXT))"_s,
                u"CREATE INDEX notifications_unread ON notifications (read_at, id)"_s,
                uR"(CREATE TABLE email_outbox (
    id INTEGER PRIMARY KEY,
    dedup_key TEXT NOT NULL UNIQUE,
    client_id INTEGER REFERENCES clients (id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    message_id TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'retry', 'sent', 'dead', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    sent_at TEXT))"_s,
                u"CREATE INDEX email_outbox_due ON email_outbox (state, next_attempt_at)"_s,
                uR"(CREATE TABLE email_templates (
    kind TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (kind, language)) WITHOUT ROWID)"_s,
            }};
}

// The e-mails that tell a client their access is live on TradingView (or runs longer) and that
// it has ended: each once per access and end.
MigrationStep version10()
{
    return {10,
            u"Access notices"_s,
            {
                uR"(CREATE TABLE access_notices (
    access_id INTEGER NOT NULL REFERENCES accesses (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('granted', 'ended')),
    expires_at TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    PRIMARY KEY (access_id, kind, expires_at)) WITHOUT ROWID)"_s,
            }};
}

// The vendor's team hears of sales and trouble in Discord, Slack or Telegram: a durable outbox
// like the e-mail one, each message once per channel and event.
MigrationStep version11()
{
    return {11,
            u"Team channels"_s,
            {
                uR"(CREATE TABLE channel_outbox (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL CHECK (channel IN ('discord', 'slack', 'telegram')),
    dedup_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'retry', 'sent', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    sent_at TEXT,
    UNIQUE (channel, dedup_key)))"_s,
                u"CREATE INDEX channel_outbox_due ON channel_outbox (state, next_attempt_at)"_s,
            }};
}

// The past of every access, for analytics and the client's timeline: one row per change of
// intent, append-only, written with the change. A row's term is the time it adds: a grant
// [now, end), an extension [previous end, new end); a shortening or a revoke cuts the pair's
// terms at `term_end` or at `at`. Backfilled from the current accesses.
MigrationStep version12()
{
    return {12,
            u"Access history"_s,
            {
                uR"(CREATE TABLE access_history (
    id INTEGER PRIMARY KEY,
    access_id INTEGER NOT NULL REFERENCES accesses (id) ON DELETE CASCADE,
    client_id INTEGER NOT NULL,
    indicator_id INTEGER NOT NULL,
    change TEXT NOT NULL
        CHECK (change IN ('grant', 'extend', 'plan_change', 'shorten', 'revoke')),
    term_start TEXT NOT NULL,
    term_end TEXT,
    origin TEXT NOT NULL,
    plan_id INTEGER REFERENCES plans (id) ON DELETE SET NULL,
    payment_id INTEGER REFERENCES payments (id) ON DELETE SET NULL,
    paid INTEGER NOT NULL DEFAULT 0,
    at TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT ''))"_s,
                u"CREATE INDEX access_history_client ON access_history (client_id, id)"_s,
                u"CREATE INDEX access_history_access ON access_history (access_id, id)"_s,
                uR"(INSERT INTO access_history (access_id, client_id, indicator_id, change,
    term_start, term_end, origin, plan_id, paid, at, actor)
SELECT a.id, a.client_id, a.indicator_id, 'grant', a.starts_at, a.expires_at, a.origin, a.plan_id,
    CASE WHEN p.price_minor > 0 AND a.origin <> 'campaign' THEN 1 ELSE 0 END, a.starts_at,
    'migration'
FROM accesses a LEFT JOIN plans p ON p.id = a.plan_id
WHERE a.expires_at IS NULL OR a.expires_at > a.starts_at
ORDER BY a.id)"_s,
                uR"(INSERT INTO access_history (access_id, client_id, indicator_id, change,
    term_start, term_end, origin, plan_id, paid, at, actor)
SELECT a.id, a.client_id, a.indicator_id, 'revoke', a.updated_at, a.updated_at, a.origin,
    a.plan_id, 0, a.updated_at, 'migration'
FROM accesses a
WHERE a.intended_state = 'revoked' AND (a.expires_at IS NULL OR a.expires_at > a.updated_at)
ORDER BY a.id)"_s,
            }};
}

// The members of a team and their roles. Used on team databases (PostgreSQL), where a member is
// a database login; a database file has one user, the admin, and keeps this table empty. The
// audit log names the login that made each change (on a team database the server fills it in).
// A client's version counts its changes, so a save can tell it edited an older one.
MigrationStep version13()
{
    return {13,
            u"Team members"_s,
            {
                teamMembersTable(),
                u"ALTER TABLE audit_log ADD COLUMN login TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE clients ADD COLUMN version INTEGER NOT NULL DEFAULT 0"_s,
            }};
}

} // namespace

QList<MigrationStep> Schema::steps()
{
    return {version1(), version2(), version3(),  version4(),  version5(),  version6(), version7(),
            version8(), version9(), version10(), version11(), version12(), version13()};
}

int Schema::latestVersion()
{
    return steps().last().version;
}

} // namespace pinedesk
