-- Follower samples: a bounded random draw from an account's public follower list (Mastodon, Bluesky), each follower
-- classified by the fake-account model. A row is also kept when no sample was possible, with the plain reason, so
-- the report can say so and sampling is not retried on every scan.
create sequence follower_sample_seq start with 1 increment by 50;

create table follower_sample (
    id           bigint primary key,
    account_id   bigint        not null references account (id) on delete cascade,
    sampled_at   timestamp(6) with time zone not null,
    platform     varchar(16)   not null,
    listed       integer       not null,
    sampled      integer       not null,
    fake         integer       not null,
    unavailable  varchar(1000),
    constraint ck_follower_sample_counts check (sampled >= 0 and fake >= 0 and fake <= sampled and listed >= 0)
);
create index ix_follower_sample_account_time on follower_sample (account_id, sampled_at);
