-- The price list (product.md §4.1), editable by admins; orders keep the price they were placed at.
create table catalogue (
    code             text primary key,
    name             text not null,
    sites_count      integer not null,
    regular_price    integer not null check (regular_price > 0),
    subscriber_price integer not null check (subscriber_price > 0 and subscriber_price <= regular_price),
    active           boolean not null default true,
    sort_order       integer not null,
    updated_at       timestamptz not null default now()
);
insert into catalogue (code, name, sites_count, regular_price, subscriber_price, sort_order) values
    ('SITES_100', '100 sites', 100, 100, 60, 1),
    ('SITES_250', '250 sites', 250, 250, 150, 2),
    ('SITES_550', '550 sites', 550, 550, 350, 3),
    ('SITES_650', '650 sites', 650, 650, 450, 4),
    ('SITES_850', '850 sites', 850, 850, 650, 5),
    ('SITES_1000', '1000 sites', 1000, 1000, 750, 6),
    ('SITES_1200', '1200 sites', 1200, 1000, 750, 7),
    ('SITES_1350', '1350 sites', 1350, 1350, 1150, 8),
    ('SITES_1500', '1500 sites', 1500, 1550, 1250, 9),
    ('EMAIL_CONFIRMATION', 'Email confirmation', 0, 50, 30, 10);

-- Who is a subscriber, replicated from wallet.events: it decides the price at order time.
create table subscribers (
    user_id      uuid primary key,
    active_until timestamptz not null
);

create table customer_profiles (
    id                 uuid primary key,
    user_id            uuid not null,
    first_name         text not null,
    middle_name        text,
    last_name          text not null,
    email              text,
    phone              text,
    gender             text,
    date_of_birth      date,
    street_address     text,
    apt_suite          text,
    city               text,
    state              text,
    postal_code        text,
    country            text not null default 'USA',
    telegram_username  text,
    instagram_username text,
    password_encrypted text,
    deleted_at         timestamptz,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);
create index customer_profiles_by_user on customer_profiles (user_id) where deleted_at is null;

create table orders (
    id                          uuid primary key,
    user_id                     uuid not null,
    customer_profile_id         uuid not null references customer_profiles (id),
    operator_id                 uuid,
    package_type                text not null,
    product_name                text not null,
    sites_count                 integer not null,
    email_confirmation          boolean not null,
    token_cost                  integer not null,
    status                      text not null,
    queue_key                   double precision,
    notes                       text,
    assigned_at                 timestamptz,
    completed_at                timestamptz,
    is_priority                 boolean not null,
    is_rerun                    boolean not null,
    rerun_of                    uuid,
    subscriber_discount_applied boolean not null,
    created_at                  timestamptz not null default now(),
    updated_at                  timestamptz not null default now()
);
create index orders_by_user on orders (user_id, created_at desc);
create index orders_by_status on orders (status, created_at desc);
create index orders_queue on orders (queue_key) where status = 'pending';

create table order_history (
    id          bigserial primary key,
    order_id    uuid not null references orders (id),
    from_status text,
    to_status   text not null,
    actor_id    uuid,
    note        text,
    created_at  timestamptz not null default clock_timestamp()
);
create index order_history_by_order on order_history (order_id, id);
