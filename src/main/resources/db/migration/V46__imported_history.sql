-- Counts imported from an account's past (CSV/JSON upload), kept apart from fetched snapshots so nothing confuses an
-- imported number with one we saw ourselves. Rules see them merged into the account's history.
create sequence imported_history_point_seq start with 1 increment by 50;

create table imported_history_point (
    id                   bigint primary key,
    account_id           bigint        not null references account (id) on delete cascade,
    observed_at          timestamp(6) with time zone not null,
    followers            bigint,
    following            bigint,
    posts                bigint,
    total_likes          bigint,
    engagement_per_post  double precision,
    import_id            varchar(36)   not null,
    imported_at          timestamp(6) with time zone not null,
    imported_by          varchar(200)  not null,
    constraint uq_imported_point_account_time unique (account_id, observed_at)
);
create index ix_imported_point_import on imported_history_point (import_id);
