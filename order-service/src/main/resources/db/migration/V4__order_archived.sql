-- Staff archive orders (DELETE /orders/{id}): hidden from their default lists, history and ledger kept.
alter table orders add column archived_at timestamptz;
