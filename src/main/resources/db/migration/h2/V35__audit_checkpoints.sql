-- Installation-level anchor of the audit chains: a hash chain of checkpoints. Each checkpoint records the
-- practice chain heads that appeared or advanced since the checkpoint before it, so a practice's whole trail
-- (entries and chain head) cannot vanish, nor its end be cut off, without `audit verify` noticing.
-- See docs/adr/0002-audit-chain.md.
create table audit_checkpoint (
    seq        bigint not null primary key,
    created_at timestamp with time zone not null,
    prev_hash  varchar(64) not null,
    hash       varchar(64) not null
);

create table audit_checkpoint_chain (
    checkpoint_seq bigint not null references audit_checkpoint (seq),
    practice_id    uuid not null,
    last_seq       bigint not null,
    last_hash      varchar(64) not null,
    primary key (checkpoint_seq, practice_id)
);
create index audit_checkpoint_chain_practice_idx on audit_checkpoint_chain (practice_id, checkpoint_seq);

-- The checkpoint chain's own head, locked while a checkpoint is written (serialises writers on every node).
create table audit_checkpoint_head (
    id        int not null primary key,
    last_seq  bigint not null,
    last_hash varchar(64) not null
);
insert into audit_checkpoint_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Checkpoints are append-only like the entries they anchor.
create trigger audit_checkpoint_no_update before update, delete on audit_checkpoint
    for each row call 'dev.bulwark.audit.AppendOnlyTrigger';
create trigger audit_checkpoint_chain_no_update before update, delete on audit_checkpoint_chain
    for each row call 'dev.bulwark.audit.AppendOnlyTrigger';
