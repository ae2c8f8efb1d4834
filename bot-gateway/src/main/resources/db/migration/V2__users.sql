-- Telegram identities (product.md §13 Users): created on first contact, roles from configuration or the admin API.
create table users (
    id                  uuid primary key,
    telegram_id         bigint not null unique,
    chat_id             bigint not null,
    username            text,
    full_name           text not null,
    language            text not null default 'en',
    is_admin            boolean not null default false,
    is_operator         boolean not null default false,
    suspended           boolean not null default false,
    suspension_told_at  timestamptz,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);
create index users_by_created on users (created_at desc);
