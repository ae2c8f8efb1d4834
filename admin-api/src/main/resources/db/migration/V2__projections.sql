-- admin-api's read models, fed only by the suite's events (see com.telekpr.admin.application.projection).
-- Every projection is idempotent (the inbox) and order-tolerant: a row may be made by any of its events,
-- statuses only rise in rank, and a field taken from a later event never yields to an earlier one
-- (each such field group keeps the time of the event it came from).

create table users (
    user_id                 uuid primary key,
    telegram_id             bigint,
    chat_id                 bigint,
    username                text,
    full_name               text,
    language                text,
    is_admin                boolean not null default false,
    is_operator             boolean not null default false,
    suspended               boolean not null default false,
    blocked_bot             boolean not null default false,
    profile_at              timestamptz,
    registered_at           timestamptz,
    last_active             date,
    balance                 integer not null default 0,
    balance_at              timestamptz,
    subscription_type       text,
    subscription_expires_at timestamptz,
    orders_count            integer not null default 0,
    tokens_spent            bigint not null default 0,
    usd_paid                numeric(14, 2) not null default 0
);
create index users_registered on users (registered_at desc nulls last, user_id desc);
create index users_subscribed on users (subscription_expires_at);
create index users_username on users (lower(username));
create index users_last_active on users (last_active);

-- One row per user and UTC day on which the bot heard from them (UserActive).
create table user_activity (
    user_id   uuid not null,
    day       date not null,
    active_at timestamptz not null,
    primary key (user_id, day)
);
-- covering: the trends count distinct users per period from this index alone
create index user_activity_at on user_activity (active_at) include (user_id);

create table customers (
    profile_id         uuid primary key,
    user_id            uuid,
    first_name         text,
    middle_name        text,
    last_name          text,
    email              text,
    phone              text,
    gender             text,
    date_of_birth      date,
    street_address     text,
    apt_suite          text,
    city               text,
    state              text,
    postal_code        text,
    country            text,
    telegram_username  text,
    instagram_username text,
    details_at         timestamptz,
    registered_at      timestamptz,
    deleted_at         timestamptz
);
create index customers_user on customers (user_id);
create index customers_registered on customers (registered_at desc nulls last, profile_id desc);

create table orders (
    order_id            uuid primary key,
    user_id             uuid,
    customer_profile_id uuid,
    package_code        text,
    package_name        text,
    sites_count         integer,
    email_confirmation  boolean,
    token_cost          integer,
    subscriber_discount boolean,
    priority            boolean,
    rerun               boolean,
    status              text not null,
    status_rank         smallint not null,
    reached_queue       boolean not null default false,
    queue_position      integer,
    queue_position_at   timestamptz,
    operator_id         uuid,
    placed_at           timestamptz,
    queued_at           timestamptz,
    processing_at       timestamptz,
    assigned_at         timestamptz,
    completed_at        timestamptz,
    cancelled_at        timestamptz,
    rejected_at         timestamptz,
    reason              text
);
-- lists sort "desc nulls last": the indexes say the same, or Postgres sorts instead of reading them in order
create index orders_placed on orders (placed_at desc nulls last, order_id desc);
create index orders_status_placed on orders (status, placed_at desc nulls last, order_id desc);
create index orders_user on orders (user_id, placed_at desc nulls last);
create index orders_operator on orders (operator_id) where operator_id is not null;
create index orders_completed on orders (completed_at) where completed_at is not null;

-- Orders and their tokens by status, and whether they reached the queue: each order counted once, moved
-- between rows as its own row changes (see OrderRows), so the dashboard never counts a million orders.
create table order_totals (
    status        text not null,
    reached_queue boolean not null,
    orders        bigint not null default 0,
    tokens        bigint not null default 0,
    primary key (status, reached_queue)
);

create table order_history (
    event_id    uuid primary key,
    order_id    uuid not null,
    at          timestamptz not null,
    from_status text,
    to_status   text not null,
    actor_id    uuid,
    note        text
);
create index order_history_order on order_history (order_id, at);

create table payments (
    payment_id     uuid primary key,
    user_id        uuid,
    status         text not null,
    status_rank    smallint not null,
    track_id       text,
    payment_url    text,
    tokens         integer,
    amount_usd     numeric(14, 2),
    link_expires_at timestamptz,
    created_at     timestamptz,
    confirmed_at   timestamptz,
    closed_at      timestamptz,
    failure_reason text
);
create index payments_created on payments (created_at desc nulls last, payment_id desc);
create index payments_status on payments (status, created_at desc nulls last);
create index payments_user on payments (user_id, created_at desc nulls last);
create index payments_confirmed on payments (confirmed_at) where confirmed_at is not null;

-- The wallet's money moves as they were told (product.md §6.4); balance_after is null only for a
-- subscription charge told by a version 1 SubscriptionActivated, which does not carry it.
create table ledger_lines (
    event_id      uuid primary key,
    user_id       uuid not null,
    at            timestamptz not null,
    type          text not null,
    amount        integer not null,
    balance_after integer,
    order_id      uuid,
    payment_id    uuid,
    reason        text
);
create index ledger_lines_user on ledger_lines (user_id, at desc);

create table subscriptions (
    subscription_id uuid primary key,
    user_id         uuid not null,
    type            text,
    activated_at    timestamptz,
    expires_at      timestamptz,
    price_tokens    integer,
    expired_at      timestamptz
);
create index subscriptions_activated on subscriptions (activated_at);

create table broadcasts (
    broadcast_id uuid primary key,
    status       text not null,
    sent         integer not null,
    failed       integer not null,
    blocked      integer not null,
    cancelled    integer not null,
    pending      integer not null,
    started_at   timestamptz not null,
    progress_at  timestamptz not null
);

create table catalogue (
    code             text primary key,
    position         integer not null,
    name             text not null,
    sites_count      integer not null,
    regular_price    integer not null,
    subscriber_price integer not null,
    active           boolean not null
);
create table catalogue_version (
    singleton  boolean primary key default true check (singleton),
    changed_at timestamptz not null
);

-- Everything a user did or was told, newest first on their page.
create table user_timeline (
    event_id uuid primary key,
    user_id  uuid not null,
    at       timestamptz not null,
    type     text not null,
    summary  text not null
);
create index user_timeline_user on user_timeline (user_id, at desc);

-- Sums per UTC quarter hour: every IANA zone is a whole number of quarter hours from UTC, so a day,
-- week or month of any zone is an exact sum of these.
create table quarter_totals (
    bucket           timestamptz primary key,
    revenue_usd      numeric(14, 2) not null default 0,
    orders_placed    integer not null default 0,
    orders_completed integer not null default 0,
    orders_cancelled integer not null default 0,
    new_users        integer not null default 0,
    new_subscribers  integer not null default 0
);
create table package_quarters (
    bucket       timestamptz not null,
    package_code text not null,
    orders       integer not null default 0,
    tokens       bigint not null default 0,
    primary key (bucket, package_code)
);

-- The live stream's memory: what /api/admin/stream sends, numbered, kept for a while for Last-Event-ID.
create table stream_events (
    seq         bigserial primary key,
    event_id    uuid not null unique,
    kind        text not null,
    at          timestamptz not null,
    data        text not null,
    recorded_at timestamptz not null default now()
);
create index stream_events_recorded on stream_events (recorded_at);
-- The newest seq retention has deleted: a client resuming from before it has missed events for good.
create table stream_state (
    singleton         boolean primary key default true check (singleton),
    forgotten_through bigint not null
);
insert into stream_state (forgotten_through) values (0);
