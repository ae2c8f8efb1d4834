-- Messages this service emits, written in the same transaction as the state change they describe.
-- The relay publishes unsent rows in `position` order and stamps `sent_at`.
create table outbox (
    id          uuid primary key,
    position    bigserial not null unique,
    topic       text not null,
    message_key text,
    type        text not null,
    payload     text not null,
    created_at  timestamptz not null default now(),
    sent_at     timestamptz,
    attempts    integer not null default 0,
    last_error  text
);
create index outbox_unsent on outbox (position) where sent_at is null;

-- Ids of the messages this service has consumed, recorded in the same transaction as their effect.
create table processed_messages (
    message_id   uuid primary key,
    type         text not null,
    processed_at timestamptz not null default now()
);
