-- The shared evidence store: documents kept as evidence, each with its versions, the records it is attached to,
-- and its encrypted content. Every key leads with practice_id; UUIDs are generated in Java.

create table evd_evidence (
    practice_id     uuid not null references practice (id),
    id              uuid not null,
    title           varchar(200) not null,
    description     text,
    author_id       uuid not null,
    author_name     varchar(300) not null,
    created_at      timestamp with time zone not null,
    -- The practice's local date of creation, the start of the retention period.
    created_on      date not null,
    -- When the document stops being in effect (a policy replaced, an agreement ended); null: a record of one moment.
    effective_until date,
    -- Deletion is refused up to and including this date (6 years, 164.316(b)(2)(i)); it never moves earlier.
    retain_until    date not null,
    current_version int not null,
    updated_at      timestamp with time zone not null,
    primary key (practice_id, id)
);
create index evd_evidence_created on evd_evidence (practice_id, created_at);

create table evd_version (
    practice_id      uuid not null,
    evidence_id      uuid not null,
    version          int not null,
    file_name        varchar(255) not null,
    content_type     varchar(100) not null,
    size_bytes       bigint not null,
    -- SHA-256 of the plaintext, hex; checked on every download.
    sha256           varchar(64) not null,
    note             varchar(500),
    uploaded_by      uuid not null,
    uploaded_by_name varchar(300) not null,
    uploaded_at      timestamp with time zone not null,
    uploaded_on      date not null,
    primary key (practice_id, evidence_id, version),
    foreign key (practice_id, evidence_id) references evd_evidence (practice_id, id) on delete cascade
);

-- The encrypted bytes, apart from the metadata so that lists never read them.
create table evd_content (
    practice_id uuid not null,
    evidence_id uuid not null,
    version     int not null,
    -- The file's own AES-256 key, sealed with the installation's master key (which is not in the database).
    wrapped_key bytea not null,
    nonce       bytea not null,
    -- AES-256-GCM ciphertext with its 16-byte tag.
    ciphertext  bytea not null,
    primary key (practice_id, evidence_id, version),
    foreign key (practice_id, evidence_id, version) references evd_version (practice_id, evidence_id, version)
        on delete cascade
);

-- The records an evidence item is attached to (an asset, a vendor, a risk, a task...).
create table evd_link (
    practice_id    uuid not null,
    evidence_id    uuid not null,
    owner_type     varchar(40) not null,
    owner_id       varchar(100) not null,
    linked_by      uuid not null,
    linked_by_name varchar(300) not null,
    linked_at      timestamp with time zone not null,
    primary key (practice_id, evidence_id, owner_type, owner_id),
    foreign key (practice_id, evidence_id) references evd_evidence (practice_id, id) on delete cascade
);
create index evd_link_owner on evd_link (practice_id, owner_type, owner_id);
