-- Accounts each person holds in the systems of the inventory, and the systems each person uses (to find
-- people who use a system holding patient information without an account of their own). system_id is the
-- inventory asset's id, checked by the application (modules do not share foreign keys); system_name keeps
-- the name for records of systems since disposed of.

create table wf_account (
    practice_id   uuid not null references practice (id),
    id            uuid not null,
    person_id     uuid not null,
    system_id     uuid not null,
    system_name   varchar(200) not null,
    username      varchar(200) not null,
    privilege     varchar(20) not null,
    mfa           boolean not null,
    disabled_on   date,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    primary key (practice_id, id),
    foreign key (practice_id, person_id) references wf_person (practice_id, id)
);
create index wf_account_person_idx on wf_account (practice_id, person_id);
create index wf_account_system_idx on wf_account (practice_id, system_id, username);

create table wf_system_use (
    practice_id   uuid not null references practice (id),
    person_id     uuid not null,
    system_id     uuid not null,
    primary key (practice_id, person_id, system_id),
    foreign key (practice_id, person_id) references wf_person (practice_id, id)
);
