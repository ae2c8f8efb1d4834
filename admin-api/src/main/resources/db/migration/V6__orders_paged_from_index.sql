-- A deep page of the orders list (the grid's jump to the middle of a million) skips its offset in an index alone:
-- archived_at rides along in the index, so the default lists' "archived_at is null" needs no visit to the table.
drop index orders_placed;
create index orders_placed on orders (placed_at desc nulls last, order_id desc) include (archived_at);
drop index orders_status_placed;
create index orders_status_placed on orders (status, placed_at desc nulls last, order_id desc) include (archived_at);
