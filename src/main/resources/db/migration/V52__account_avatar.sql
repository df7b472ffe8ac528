-- The profile picture of a watched account, hashed for impersonation matching. Runs unchanged on H2 and PostgreSQL.
-- One row per account: the latest avatar URL a good scan saw, and what reading it gave. The picture is fetched again
-- only when the URL (without CDN signing parameters, url_key) changes, or after retry_at when no hash is stored.
-- hash is set only when status = 'HASHED': a failure never leaves a hash behind.
create table account_avatar (
    account_id  bigint        primary key references account (id) on delete cascade,
    avatar_url  varchar(2048) not null,
    url_key     varchar(2048) not null,
    status      varchar(32)   not null,
    hash        bigint,
    detail      varchar(1000),
    checked_at  timestamp(6) with time zone not null,
    retry_at    timestamp(6) with time zone,
    version     bigint        not null,
    constraint ck_account_avatar_hash check ((status = 'HASHED') = (hash is not null))
);
