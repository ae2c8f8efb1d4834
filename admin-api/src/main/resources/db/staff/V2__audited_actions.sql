-- A forwarded action is written before it is sent, with outcome 'unknown', and settled once its owner answers:
-- after a crash in between it stays 'unknown', never a success it may not have been. Before and after are the
-- target as the projection showed it and as the owner answered.
alter table audit_log add column before_state jsonb;
alter table audit_log add column after_state jsonb;
alter table audit_log add column idempotency_key text;
alter table audit_log add column settled_at timestamptz;
create index audit_log_unknown on audit_log (at) where outcome = 'unknown';
