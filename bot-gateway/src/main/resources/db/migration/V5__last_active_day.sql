-- The UTC day of the user's latest update: UserActive goes out once per user and day, when it changes.
alter table users add column last_active_day date;
