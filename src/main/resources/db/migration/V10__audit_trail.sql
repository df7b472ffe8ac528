-- Append-only, hash-chained audit trail. Runs unchanged on H2 and PostgreSQL.
-- seq is the chain position (1, 2, 3, ... without gaps); hash = SHA-256(prev_hash + canonical row content).
create table audit_entry (
    seq          bigint primary key,
    at           timestamp(6) with time zone not null,
    actor        varchar(200)  not null,
    entity_type  varchar(64)   not null,
    entity_id    varchar(100)  not null,
    action       varchar(64)   not null,
    before_json  varchar(100000),
    after_json   varchar(100000),
    prev_hash    varchar(64)   not null,
    hash         varchar(64)   not null
);
create index ix_audit_entity on audit_entry (entity_type, entity_id, seq);
create index ix_audit_at on audit_entry (at, seq);

-- The single row every append locks (select ... for update), so appends are serialized across all instances and
-- the chain never forks. anchor_* record the last row removed by retention, so the rest stays verifiable.
create table audit_head (
    id           integer primary key,
    last_seq     bigint       not null,
    last_hash    varchar(64)  not null,
    anchor_seq   bigint       not null,
    anchor_hash  varchar(64)  not null
);
insert into audit_head (id, last_seq, last_hash, anchor_seq, anchor_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0,
        '0000000000000000000000000000000000000000000000000000000000000000');
