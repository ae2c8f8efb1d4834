-- Long polling: the next update_id to ask getUpdates for. Saved after the updates before it are on
-- Kafka, so a restart neither loses nor replays (a replay would be dropped by update id anyway).
create table poll_offset (
    id          integer primary key check (id = 1),
    next_offset bigint not null,
    updated_at  timestamptz not null default now()
);
