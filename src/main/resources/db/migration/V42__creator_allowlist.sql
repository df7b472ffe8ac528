-- Accounts a protected creator or brand has sanctioned (a known fan account, a sub-brand): impersonation rules and
-- discovery stay quiet about them on that creator's behalf. Entries are revoked, never deleted, so the audit trail
-- and this table agree on what was allowed when.
create sequence creator_allowlist_seq start with 1 increment by 50;

create table creator_allowlist (
    id          bigint primary key,
    creator_id  bigint        not null references creator (id) on delete cascade,
    platform    varchar(16)   not null,
    handle      varchar(200)  not null,
    profile_url varchar(2048),
    reason      varchar(1000) not null,
    created_by  varchar(200)  not null,
    created_at  timestamp(6) with time zone not null,
    revoked_at  timestamp(6) with time zone,
    revoked_by  varchar(200),
    version     bigint        not null
);
create index ix_creator_allowlist_creator on creator_allowlist (creator_id, revoked_at);
