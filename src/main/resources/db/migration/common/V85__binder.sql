-- Audit binder exports: prepared in the background, kept sealed for a day so that any node can serve the download.

create table bnd_export (
    practice_id       uuid not null references practice (id),
    id                uuid not null,
    status            varchar(20) not null,
    requested_by      uuid not null,
    requested_by_name varchar(300) not null,
    requested_at      timestamp with time zone not null,
    completed_at      timestamp with time zone,
    expires_at        timestamp with time zone not null,
    file_count        int,
    size_bytes        bigint,
    sha256            varchar(64),
    failure           varchar(300),
    primary key (practice_id, id)
);
create index bnd_export_requested on bnd_export (practice_id, requested_at);

-- The ZIP, sealed (AES-256-GCM) with the installation's master key, which is not in the database.
create table bnd_content (
    practice_id uuid not null,
    export_id   uuid not null,
    sealed      bytea not null,
    primary key (practice_id, export_id),
    foreign key (practice_id, export_id) references bnd_export (practice_id, id) on delete cascade
);
