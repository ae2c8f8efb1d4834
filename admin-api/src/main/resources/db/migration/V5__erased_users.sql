-- When the user was erased (UserErased): their row keeps ids, money and counts, and no personal field.
alter table users add column erased_at timestamptz;
