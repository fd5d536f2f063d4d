-- Controlled documents: policies and procedures, and the plans other modules generate (contingency plan,
-- incident response plan). A document has versions; a version goes draft -> approved -> current, and the
-- version it replaces becomes superseded with its last effective date. Superseded and retired versions are
-- kept six years from that date (164.316(b)(2)(i)): retain_until is set when a version stops being in effect.

create table pol_document (
    practice_id          uuid not null references practice (id),
    id                   uuid not null,
    kind                 varchar(40) not null,
    -- The owning module's key for generated documents (e.g. contingency:plan); null for policies.
    owner_key            varchar(200),
    -- The template a policy was adopted from; null for documents written from scratch or generated.
    template_key         varchar(80),
    title                varchar(200) not null,
    -- Citations the document implements, separated by commas.
    citations            varchar(2000),
    -- Staff must have acknowledged this version number or a later one (a significant change raises it).
    ack_from_version     int,
    review_due_on        date,
    last_reviewed_on     date,
    retired_on           date,
    created_at           timestamp with time zone not null,
    created_by           uuid,
    updated_at           timestamp with time zone not null,
    primary key (practice_id, id)
);
create index pol_document_kind_idx on pol_document (practice_id, kind, title);
create index pol_document_owner_idx on pol_document (practice_id, owner_key);
create index pol_document_template_idx on pol_document (practice_id, template_key);

create table pol_version (
    practice_id       uuid not null,
    id                uuid not null,
    document_id       uuid not null,
    number            int not null,
    status            varchar(20) not null,
    content           text not null,
    change_note       varchar(500),
    significant       boolean not null default false,
    created_on        date not null,
    created_at        timestamp with time zone not null,
    created_by        uuid,
    created_by_name   varchar(200),
    approved_on       date,
    approved_at       timestamp with time zone,
    approved_by       uuid,
    approved_by_name  varchar(200),
    effective_from    date,
    published_at      timestamp with time zone,
    published_by      uuid,
    effective_until   date,
    retain_until      date,
    primary key (practice_id, id),
    foreign key (practice_id, document_id) references pol_document (practice_id, id)
);
create unique index pol_version_number_uq on pol_version (practice_id, document_id, number);

create table pol_acknowledgement (
    practice_id      uuid not null,
    id               uuid not null,
    document_id      uuid not null,
    version_id       uuid not null,
    version_number   int not null,
    user_id          uuid not null,
    user_name        varchar(200) not null,
    acknowledged_on  date not null,
    acknowledged_at  timestamp with time zone not null,
    primary key (practice_id, id),
    foreign key (practice_id, document_id) references pol_document (practice_id, id),
    foreign key (practice_id, version_id) references pol_version (practice_id, id)
);
create unique index pol_acknowledgement_uq on pol_acknowledgement (practice_id, version_id, user_id);
create index pol_acknowledgement_user_idx on pol_acknowledgement (practice_id, user_id);

create table pol_review (
    practice_id     uuid not null,
    id              uuid not null,
    document_id     uuid not null,
    reviewed_on     date not null,
    reviewed_at     timestamp with time zone not null,
    reviewed_by     uuid,
    reviewer_name   varchar(200) not null,
    changes_needed  boolean not null,
    notes           varchar(4000),
    next_due_on     date not null,
    primary key (practice_id, id),
    foreign key (practice_id, document_id) references pol_document (practice_id, id)
);
create index pol_review_document_idx on pol_review (practice_id, document_id, reviewed_on);
