-- One account per user; the balance is never negative, whatever the code above it does.
create table token_accounts (
    user_id    uuid primary key,
    balance    integer not null check (balance >= 0),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

-- The ledger (product.md §13 Token_Transactions). balance_after chains: each is the previous plus amount.
create table token_transactions (
    id               uuid primary key,
    user_id          uuid not null references token_accounts (user_id),
    transaction_type text not null check (transaction_type in
                         ('purchase', 'order_debit', 'refund', 'admin_adjustment', 'subscription')),
    amount           integer not null check (amount <> 0),
    balance_after    integer not null check (balance_after >= 0),
    payment_method   text,
    payment_id       text,
    payment_status   text,
    description      text,
    order_id         uuid,
    message_id       uuid,
    created_at       timestamptz not null default clock_timestamp(),
    sequence         bigserial not null unique
);
create index token_transactions_by_user on token_transactions (user_id, sequence desc);
-- Money moves at most once per order and per payment, even if a message were duplicated under a new id.
create unique index one_debit_per_order on token_transactions (order_id) where transaction_type = 'order_debit';
create unique index one_refund_per_order on token_transactions (order_id) where transaction_type = 'refund';
create unique index one_credit_per_payment on token_transactions (payment_id) where transaction_type = 'purchase';

-- Exactly one outcome per order, ever: debited or rejected.
create table order_charges (
    order_id   uuid primary key,
    user_id    uuid not null,
    outcome    text not null check (outcome in ('debited', 'rejected')),
    amount     integer not null,
    refunded   boolean not null default false,
    created_at timestamptz not null default now()
);

create table subscriptions (
    id           uuid primary key,
    user_id      uuid not null unique,
    type         text not null,
    status       text not null check (status in ('active', 'expired')),
    expires_at   timestamptz not null,
    reminded_for timestamptz,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
create index subscriptions_active_by_expiry on subscriptions (expires_at) where status = 'active';
