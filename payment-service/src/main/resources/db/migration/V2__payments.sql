-- One row per CreateTokenPurchase. track_id is OxaPay's; OxaPay's order_id is our id, so a callback
-- finds its payment even if we never heard back from the invoice request.
create table payments (
    id              uuid primary key,
    user_id         uuid not null,
    correlation_id  uuid,
    tokens          integer not null check (tokens > 0),
    amount_usd      numeric(12, 2) not null,
    status          text not null,
    track_id        text unique,
    payment_url     text,
    expires_at      timestamptz,
    confirmed_at    timestamptz,
    credited_at     timestamptz,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index payments_open on payments (status, created_at) where status in ('requesting', 'new', 'waiting', 'paying');

-- Every correctly signed callback, exactly as it came (forged ones are only logged).
create table webhook_log (
    id          bigserial primary key,
    track_id    text,
    status      text,
    raw_body    text not null,
    received_at timestamptz not null default now()
);
