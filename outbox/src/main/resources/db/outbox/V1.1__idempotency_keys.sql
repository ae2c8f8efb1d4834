-- The first answer to each write a caller sent with an Idempotency-Key, stored in the write's own transaction:
-- a repeat of the key gets this answer back and no second effect. Kept as long as processed message ids.
-- (Shared migrations are numbered 1.x, below every service's own; an older database takes them out of order.)
create table idempotency_keys (
    caller          text not null,
    idempotency_key text not null,
    request_hash    text not null,
    answer          text,
    created_at      timestamptz not null default now(),
    primary key (caller, idempotency_key)
);
create index idempotency_keys_created on idempotency_keys (created_at);
