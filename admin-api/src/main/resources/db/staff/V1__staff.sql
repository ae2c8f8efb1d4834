-- admin-api's own state, which no event stream can rebuild: it lives beside the read models (schema admin, which a
-- rebuild replaces wholesale) in a schema of its own.

create table staff_accounts (
    account_id       uuid primary key,
    username         text not null check (length(username) between 1 and 64),
    password_hash    text,
    -- an unlinked account's own role; a linked one has its Telegram user's (bot-gateway owns it): null here
    role             text check (role in ('admin', 'operator')),
    telegram_user_id uuid,
    created_at       timestamptz not null default now(),
    disabled_at      timestamptz,
    -- the TOTP secret (base32) from enrolment; in force once confirmed with a code. The last step used: no code of it
    -- or an earlier step is taken again.
    totp_secret       text,
    totp_confirmed_at timestamptz,
    totp_last_step    bigint,
    check ((role is null) <> (telegram_user_id is null))
);
create unique index staff_accounts_username on staff_accounts (lower(username));

-- a refresh cookie's session; only the secret's SHA-256 is kept. Each refresh replaces the session (replaced_by), so a
-- replaced secret presented again means it was stolen: every session of that account is revoked.
create table staff_sessions (
    session_id  uuid primary key,
    account_id  uuid not null references staff_accounts,
    secret_hash text not null unique,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    revoked_at  timestamptz,
    replaced_by uuid
);
create index staff_sessions_account on staff_sessions (account_id) where revoked_at is null;

-- single-use recovery codes of an account's second factor; only their SHA-256 is kept
create table staff_recovery_codes (
    account_id uuid not null references staff_accounts,
    code_hash  text not null,
    used_at    timestamptz,
    primary key (account_id, code_hash)
);

create table login_failures (
    failure_id     bigserial primary key,
    at             timestamptz not null default now(),
    username       text not null,
    client_address text not null
);
create index login_failures_username on login_failures (lower(username), at);
create index login_failures_client on login_failures (client_address, at);

-- every staff action: who (as they were then), from where, what on which target, and how it ended
create table audit_log (
    entry_id       bigserial primary key,
    at             timestamptz not null default now(),
    actor_id       uuid,
    actor_name     text,
    actor_role     text,
    client_address text,
    action         text not null,
    target         text,
    parameters     jsonb not null default '{}',
    outcome        text not null,
    detail         text,
    correlation_id uuid not null
);
create index audit_log_at on audit_log (at desc, entry_id desc);
create index audit_log_actor on audit_log (actor_id, at desc);
