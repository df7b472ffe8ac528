-- Data freshness: when each account was last read successfully, and a time index for the per-platform source health
-- (share of good fetches in the last 24 hours). Runs unchanged on H2 and PostgreSQL.
alter table account add column last_good_at timestamp(6) with time zone;
update account set last_good_at = (select max(s.captured_at) from profile_snapshot s
                                   where s.account_id = account.id and s.outcome = 'OK');
create index ix_snapshot_captured on profile_snapshot (captured_at);
