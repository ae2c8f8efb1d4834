-- OrderArchived: staff's default lists leave archived orders out. They are finished (an unfinished one is cancelled
-- first) and never change again, so their count per status is kept apart, subtracted from order_totals for a list.
alter table orders add column archived_at timestamptz;
create table archived_order_totals (
    status text primary key,
    orders bigint not null default 0
);
