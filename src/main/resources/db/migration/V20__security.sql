-- Sign-in: users with bcrypt password hashes, API tokens stored as SHA-256 hashes, and sign-in throttling.
create sequence app_user_seq start with 1 increment by 50;
create sequence api_token_seq start with 1 increment by 50;

create table app_user (
    id             bigint primary key,
    username       varchar(100) not null,
    password_hash  varchar(100) not null,
    roles          varchar(200) not null,
    enabled        boolean      not null,
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null,
    version        bigint       not null,
    constraint uq_app_user_username unique (username)
);

create table api_token (
    id            bigint primary key,
    user_id       bigint       not null references app_user (id) on delete cascade,
    name          varchar(100) not null,
    token_hash    varchar(64)  not null,
    token_prefix  varchar(16)  not null,
    created_at    timestamp(6) with time zone not null,
    expires_at    timestamp(6) with time zone not null,
    revoked_at    timestamp(6) with time zone,
    last_used_at  timestamp(6) with time zone,
    constraint uq_api_token_hash unique (token_hash)
);
create index ix_api_token_user on api_token (user_id);

-- Failed sign-ins per normalized username (known or not), kept in the database so every instance sees them.
create table sign_in_throttle (
    username      varchar(100) primary key,
    failures      integer      not null,
    window_start  timestamp(6) with time zone not null,
    locked_until  timestamp(6) with time zone
);
