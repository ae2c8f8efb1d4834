-- Who can be reached, and how: replicated from user.events; blocked_at set when Telegram answers 403.
create table telegram_users (
    user_id     uuid primary key,
    telegram_id bigint not null,
    chat_id     bigint not null,
    language    text not null default 'en',
    is_admin    boolean not null default false,
    suspended   boolean not null default false,
    blocked_at  timestamptz,
    updated_at  timestamptz not null default now()
);
create index telegram_users_by_chat on telegram_users (chat_id);

-- Every request to the Bot API we accepted, from its arrival to its outcome: the durable send queue
-- and the message log in one. payload is the NotificationCommand as JSON.
create table outgoing_messages (
    id                  uuid primary key,
    seq                 bigserial unique,
    command_id          uuid not null,
    part                integer not null default 0,
    user_id             uuid,
    chat_id             bigint,
    kind                text not null,
    lane                text not null,
    payload             text not null,
    status              text not null,
    attempts            integer not null default 0,
    next_attempt_at     timestamptz not null default now(),
    telegram_message_id bigint,
    last_error          text,
    broadcast_id        uuid,
    correlation_id      uuid,
    created_at          timestamptz not null default now(),
    finished_at         timestamptz
);
create index outgoing_queued on outgoing_messages (seq) where status = 'queued';
create index outgoing_by_chat on outgoing_messages (chat_id, seq desc);
create index outgoing_by_broadcast on outgoing_messages (broadcast_id, status) where broadcast_id is not null;

-- Notices for users we have not heard of yet (their UserRegistered is still on its way): kept whole,
-- worded and queued the moment the user is known.
create table held_notices (
    envelope_id uuid primary key,
    user_id     uuid not null,
    envelope    text not null,
    held_at     timestamptz not null default now()
);
create index held_notices_by_user on held_notices (user_id);

create table broadcasts (
    id          uuid primary key,
    title       text not null,
    message     text not null,
    emoji       text not null,
    test_mode   boolean not null,
    status      text not null,
    created_by  uuid,
    created_at  timestamptz not null default now(),
    started_at  timestamptz,
    finished_at timestamptz
);
