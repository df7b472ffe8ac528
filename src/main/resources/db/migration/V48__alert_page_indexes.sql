-- The triage queue and the alert list on large installations (benchmarked on 1,000,000 alerts in PostgreSQL).
-- Both read a page in two steps: the ids along one of these indexes, in page order, then the page's rows. Every
-- filterable column sits in the index after the sort keys, so the first step tests filters on the index entries
-- alone (an index-only scan on PostgreSQL) instead of reading a table row for each alert a filter skips.
-- Replaces the narrower indexes they extend. No INCLUDE and no partial index: the same file runs on H2.
drop index ix_alert_queue;
create index ix_alert_queue on alert (is_open, severity_rank desc, risk_score desc, first_seen, id, snoozed_until,
    creator_id, account_id, rule_id, assignee);
drop index ix_alert_last_seen;
create index ix_alert_list on alert (last_seen, id, status, severity, creator_id, account_id, rule_id, assignee);
