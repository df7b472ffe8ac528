-- Alert triage: close reason, assignee, snooze, tags, comments, suppressions. Runs unchanged on H2 and PostgreSQL.
alter table alert add column close_reason varchar(32);
alter table alert add column closed_at timestamp(6) with time zone;
alter table alert add column assignee varchar(200);
alter table alert add column snoozed_until timestamp(6) with time zone;
-- Derived from status and severity (kept by the entity) so the triage queue is one ordered index range.
alter table alert add column is_open boolean default true not null;
alter table alert add column severity_rank integer default 0 not null;
update alert set is_open = case when status = 'CLOSED' then false else true end,
    severity_rank = case severity when 'CRITICAL' then 4 when 'HIGH' then 3 when 'MEDIUM' then 2 when 'LOW' then 1
                    else 0 end;
create index ix_alert_queue on alert (is_open, severity_rank desc, risk_score desc, first_seen, id);
create index ix_alert_open_creator on alert (is_open, creator_id);

create table alert_tag (
    alert_id  bigint      not null references alert (id) on delete cascade,
    tag       varchar(64) not null,
    primary key (alert_id, tag)
);
create index ix_alert_tag_tag on alert_tag (tag);

create sequence alert_comment_seq start with 1 increment by 50;
create table alert_comment (
    id          bigint primary key,
    alert_id    bigint        not null references alert (id) on delete cascade,
    author      varchar(200)  not null,
    created_at  timestamp(6) with time zone not null,
    body        varchar(4000) not null
);
create index ix_alert_comment_alert on alert_comment (alert_id, id);

-- Either dedup_key, or rule_id + creator_id. A matching finding opens no alert; it is counted here instead.
create sequence alert_suppression_seq start with 1 increment by 50;
create table alert_suppression (
    id                  bigint primary key,
    dedup_key           varchar(600),
    rule_id             varchar(100),
    creator_id          bigint,
    reason              varchar(1000) not null,
    expires_at          timestamp(6) with time zone not null,
    created_by          varchar(200)  not null,
    created_at          timestamp(6) with time zone not null,
    revoked_at          timestamp(6) with time zone,
    suppressed_count    bigint        not null,
    last_suppressed_at  timestamp(6) with time zone,
    version             bigint        not null
);
create index ix_suppression_dedup on alert_suppression (dedup_key);
create index ix_suppression_rule_creator on alert_suppression (rule_id, creator_id);
