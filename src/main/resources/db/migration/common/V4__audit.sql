-- Tamper-evident audit trail: one hash chain per practice (plus one for installation-wide events under
-- the all-zero practice id). Each entry's hash covers its content and the previous entry's hash.
create table audit_chain (
    practice_id uuid not null primary key,
    last_seq    bigint not null,
    last_hash   varchar(64) not null
);

create table audit_entry (
    practice_id    uuid not null,
    seq            bigint not null,
    occurred_at    timestamp with time zone not null,
    actor_user_id  uuid,
    actor_label    varchar(320),
    action         varchar(100) not null,
    object_type    varchar(60),
    object_id      varchar(100),
    summary        varchar(1000),
    remote_address varchar(100),
    prev_hash      varchar(64) not null,
    hash           varchar(64) not null,
    primary key (practice_id, seq)
);
create index audit_entry_time_idx on audit_entry (practice_id, occurred_at);
