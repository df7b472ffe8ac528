-- Core schema: creators and their platform accounts, append-only snapshots, tier history and alerts.
-- Written to run unchanged on H2 (embedded default) and PostgreSQL (production).
-- Sequences step by 50 to match Hibernate's pooled id allocation (fewer round trips on bulk scans).

create sequence creator_seq start with 1 increment by 50;
create sequence account_seq start with 1 increment by 50;
create sequence profile_snapshot_seq start with 1 increment by 50;
create sequence tier_change_seq start with 1 increment by 50;
create sequence alert_seq start with 1 increment by 50;

create table creator (
    id                  bigint primary key,
    name                varchar(200)  not null,
    notes               varchar(4000),
    protected_identity  boolean       not null,
    tier                varchar(16)   not null,
    created_at          timestamp(6) with time zone not null,
    updated_at          timestamp(6) with time zone not null,
    version             bigint        not null
);
create index ix_creator_name on creator (name);

create table creator_tag (
    creator_id  bigint      not null references creator (id) on delete cascade,
    tag         varchar(64) not null,
    primary key (creator_id, tag)
);

create table account (
    id                 bigint primary key,
    creator_id         bigint        not null references creator (id) on delete cascade,
    platform           varchar(16)   not null,
    handle             varchar(200)  not null,
    normalized_handle  varchar(200)  not null,
    profile_url        varchar(2048) not null,
    tier               varchar(16)   not null,
    next_scan_at       timestamp(6) with time zone not null,
    last_scan_at       timestamp(6) with time zone,
    last_outcome       varchar(32),
    created_at         timestamp(6) with time zone not null,
    version            bigint        not null,
    constraint uq_account_platform_handle unique (platform, normalized_handle)
);
create index ix_account_creator on account (creator_id);
create index ix_account_due on account (next_scan_at);

-- One row per fetch attempt, good or not. Metrics are null unless outcome = 'OK'.
create table profile_snapshot (
    id               bigint primary key,
    account_id       bigint        not null references account (id) on delete cascade,
    captured_at      timestamp(6) with time zone not null,
    outcome          varchar(32)   not null,
    http_status      integer,
    duration_ms      bigint,
    bytes            bigint,
    error            varchar(1000),
    handle           varchar(200),
    display_name     varchar(500),
    bio              varchar(4000),
    external_url     varchar(2048),
    avatar_url       varchar(2048),
    verified         boolean,
    private_account  boolean,
    followers        bigint,
    following        bigint,
    posts            bigint,
    total_likes      bigint,
    engagement_rate  double precision,
    language         varchar(16),
    recent_posts     varchar(200000),
    content_hash     varchar(64)
);
create index ix_snapshot_account_time on profile_snapshot (account_id, captured_at);

create table tier_change (
    id          bigint primary key,
    creator_id  bigint      not null references creator (id) on delete cascade,
    account_id  bigint      references account (id) on delete cascade,
    from_tier   varchar(16) not null,
    to_tier     varchar(16) not null,
    followers   bigint,
    changed_at  timestamp(6) with time zone not null
);
create index ix_tier_change_creator on tier_change (creator_id, changed_at);

create table alert (
    id                 bigint primary key,
    rule_id            varchar(100)  not null,
    rule_version       integer       not null,
    title              varchar(300)  not null,
    severity           varchar(16)   not null,
    risk_score         integer       not null,
    creator_id         bigint        not null references creator (id) on delete cascade,
    account_id         bigint        references account (id) on delete cascade,
    snapshot_id        bigint,
    tier_at_detection  varchar(16)   not null,
    reason             varchar(4000) not null,
    evidence           varchar(100000) not null,
    status             varchar(32)   not null,
    dedup_key          varchar(600)  not null,
    first_seen         timestamp(6) with time zone not null,
    last_seen          timestamp(6) with time zone not null,
    occurrence_count   integer       not null,
    created_at         timestamp(6) with time zone not null,
    updated_at         timestamp(6) with time zone not null,
    version            bigint        not null
);
create index ix_alert_dedup on alert (dedup_key, status);
create index ix_alert_creator on alert (creator_id, status);
create index ix_alert_last_seen on alert (last_seen, id);
create index ix_alert_rule on alert (rule_id);
