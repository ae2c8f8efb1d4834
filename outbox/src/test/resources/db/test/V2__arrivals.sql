-- What the test consumer saw, in the order it saw it: one row per applied (not per delivered) message.
create table arrival (
    seq        bigserial primary key,
    message_id uuid not null,
    user_id    uuid not null,
    position   integer not null
);
