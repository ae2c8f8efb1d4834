-- An erased person's profiles keep their ids (orders and the ledger refer to them) and lose every personal field.
alter table customer_profiles
    alter column first_name drop not null,
    alter column last_name drop not null,
    alter column country drop not null,
    add column erased_at timestamptz;
