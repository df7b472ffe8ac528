-- Saved pre-contract creator checks: the inputs, the verdict and the whole report as JSON.
create sequence creator_check_seq start with 1 increment by 50;

create table creator_check (
    id          bigint primary key,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(100)    not null,
    urls        varchar(21000)  not null,
    verdict     varchar(16)     not null,
    risk_score  integer         not null,
    report      varchar(1000000) not null
);
create index ix_creator_check_created on creator_check (created_at);
