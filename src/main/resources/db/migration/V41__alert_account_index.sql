-- Every good or unchanged scan asks whether its account has an open high alert (for its next due time); without an
-- index on the account that is a scan of the whole alert table per profile.
create index ix_alert_account on alert (account_id, status);
