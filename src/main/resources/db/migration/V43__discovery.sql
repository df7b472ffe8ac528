-- Impersonation discovery and suspects. Runs unchanged on H2 and PostgreSQL.

-- A profile checked for impersonation that is not a watched account: found by the discovery job or submitted by a
-- user. One row per profile URL; checking it again updates the row.
create sequence suspect_seq start with 1 increment by 50;
create table suspect (
    id                   bigint primary key,
    source               varchar(16)   not null,
    platform             varchar(16)   not null,
    handle               varchar(200),
    profile_url          varchar(2048) not null,
    compared_creator_id  bigint        references creator (id) on delete set null,
    operation            varchar(32),
    seed_account_id      bigint        references account (id) on delete set null,
    outcome              varchar(32)   not null,
    outcome_detail       varchar(1000),
    verdict              varchar(16)   not null,
    score                double precision,
    matched_creator_id   bigint        references creator (id) on delete set null,
    matched_account_id   bigint        references account (id) on delete set null,
    alert_id             bigint        references alert (id) on delete set null,
    reason               varchar(4000),
    findings             varchar(100000) not null,
    checked_at           timestamp(6) with time zone not null,
    check_count          integer       not null,
    submitted_by         varchar(200),
    created_at           timestamp(6) with time zone not null,
    version              bigint        not null,
    constraint uq_suspect_url unique (profile_url)
);
create index ix_suspect_checked on suspect (checked_at, id);

-- Which protected accounts have had their look-alike handles generated, and when to generate again. Claimed with a
-- lease (next_generate_at moved forward) so two instances never generate for the same account at once.
create table discovery_target (
    account_id        bigint primary key references account (id) on delete cascade,
    handle            varchar(200) not null,
    generated_at      timestamp(6) with time zone,
    candidates        integer      not null,
    next_generate_at  timestamp(6) with time zone not null,
    version           bigint       not null
);
create index ix_discovery_target_due on discovery_target (next_generate_at);

-- One generated handle on one platform: whether its profile exists, what it scored, when to look again. Claimed
-- like due accounts: next_check_at moves forward by a lease in the claiming transaction.
create sequence discovery_candidate_seq start with 1 increment by 50;
create table discovery_candidate (
    id             bigint primary key,
    account_id     bigint        not null references account (id) on delete cascade,
    platform       varchar(16)   not null,
    handle         varchar(200)  not null,
    profile_url    varchar(2048) not null,
    operation      varchar(32)   not null,
    rank_in_seed   integer       not null,
    state          varchar(16)   not null,
    outcome        varchar(32),
    score          double precision,
    next_check_at  timestamp(6) with time zone not null,
    checked_at     timestamp(6) with time zone,
    check_count    integer       not null,
    suspect_id     bigint        references suspect (id) on delete set null,
    alert_id       bigint        references alert (id) on delete set null,
    version        bigint        not null,
    constraint uq_discovery_candidate unique (account_id, platform, handle)
);
create index ix_discovery_candidate_due on discovery_candidate (next_check_at, id);
