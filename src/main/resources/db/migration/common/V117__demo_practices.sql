-- Practices made by `bulwark demo`: the command tells demo data from real data by this list, and refuses to add
-- demo practices to an installation whose other practices hold records unless told explicitly.
create table demo_practice (
    practice_id uuid not null references practice (id),
    created_at  timestamp with time zone not null,
    primary key (practice_id)
);
