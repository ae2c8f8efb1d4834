-- Where each chat stands in a multi-step flow (PRD "progress saving between sessions"): one row a chat,
-- its draft answers as JSON text, a version that grows with every saved turn (buttons carry it).
create table conversations (
    chat_id     bigint primary key,
    user_id     uuid not null,
    flow        text not null,
    step        text not null,
    draft       text not null default '{}',
    version     bigint not null,
    updated_at  timestamptz not null
);
-- the expiry sweep looks for unfinished drafts by age
create index conversations_unfinished_by_age on conversations (updated_at) where flow not in ('idle', 'expired');
