-- Webhook subscriptions and their persisted delivery queue (outbox). Runs unchanged on H2 and PostgreSQL.
create sequence webhook_subscription_seq start with 1 increment by 50;
create table webhook_subscription (
    id            bigint primary key,
    url           varchar(2048) not null,
    secret        varchar(100)  not null,
    min_severity  varchar(16)   not null,
    events        varchar(100)  not null,
    active        boolean       not null,
    description   varchar(500),
    created_by    varchar(200)  not null,
    created_at    timestamp(6) with time zone not null,
    version       bigint        not null
);

create sequence webhook_delivery_seq start with 1 increment by 50;
create table webhook_delivery (
    id                bigint primary key,
    subscription_id   bigint        not null references webhook_subscription (id) on delete cascade,
    event             varchar(32)   not null,
    alert_id          bigint,
    payload           varchar(100000) not null,
    status            varchar(16)   not null,
    attempts          integer       not null,
    max_attempts      integer       not null,
    next_attempt_at   timestamp(6) with time zone not null,
    last_attempt_at   timestamp(6) with time zone,
    last_status_code  integer,
    last_error        varchar(1000),
    created_at        timestamp(6) with time zone not null,
    delivered_at      timestamp(6) with time zone
);
create index ix_webhook_delivery_due on webhook_delivery (status, next_attempt_at);
create index ix_webhook_delivery_subscription on webhook_delivery (subscription_id, id);
