-- Each person's key for the personal fields this service writes into event history (PersonalSeal): made on first
-- use, destroyed when the person is erased. An erased person keeps a row without a key, so none is ever made again.
create table personal_keys (
    user_id    uuid primary key,
    secret     bytea,
    created_at timestamptz not null default now(),
    erased_at  timestamptz,
    check ((secret is null) = (erased_at is not null))
);
