-- Contingency planning (164.308(a)(7)): the backup register, restore tests, the criticality analysis, the
-- emergency contacts and step lists the contingency plan is generated from, and plan tests and exercises.
-- Systems are assets of the inventory, named by id (the inventory owns them; no foreign key across modules).
-- Every key leads with practice_id; UUIDs are generated in Java.

-- One backup copy of one system's data: where it goes, on what, how often, and when it last succeeded.
create table cnt_backup (
    practice_id        uuid not null references practice (id),
    id                 uuid not null,
    asset_id           uuid not null,
    what               varchar(500) not null,
    frequency          varchar(20) not null,
    location           varchar(20) not null,
    media              varchar(30) not null,
    encrypted          varchar(20) not null,
    immutable_copy     varchar(20) not null,
    retention          varchar(200),
    last_succeeded_at  timestamp with time zone,
    notes              text,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    primary key (practice_id, id)
);
create index cnt_backup_asset_idx on cnt_backup (practice_id, asset_id);

-- A test restore from a backup: what was restored, how long it took, whether it worked, who did it.
create table cnt_restore_test (
    practice_id       uuid not null references practice (id),
    id                uuid not null,
    asset_id          uuid not null,
    performed_on      date not null,
    what              varchar(500) not null,
    duration_minutes  int not null,
    outcome           varchar(20) not null,
    performed_by      varchar(200) not null,
    notes             text,
    recorded_by       uuid not null,
    created_at        timestamp with time zone not null,
    primary key (practice_id, id)
);
create index cnt_restore_test_asset_idx on cnt_restore_test (practice_id, asset_id, performed_on);
create index cnt_restore_test_date_idx on cnt_restore_test (practice_id, performed_on);

-- The criticality analysis: one row per ranked system, with its recovery objectives.
create table cnt_criticality (
    practice_id          uuid not null references practice (id),
    asset_id             uuid not null,
    priority             int not null,
    rto_hours            int not null,
    rpo_hours            int not null,
    test_every_months    int not null,
    notes                text,
    updated_at           timestamp with time zone not null,
    primary key (practice_id, asset_id)
);

-- People to call in an emergency, printed in the plan.
create table cnt_contact (
    practice_id  uuid not null references practice (id),
    id           uuid not null,
    name         varchar(200) not null,
    responsibility varchar(200) not null,
    phone        varchar(100) not null,
    email        varchar(200),
    created_at   timestamp with time zone not null,
    primary key (practice_id, id)
);
create index cnt_contact_name_idx on cnt_contact (practice_id, name);

-- The steps of the three plans (data backup, disaster recovery, emergency mode operation), in order.
create table cnt_plan_step (
    practice_id  uuid not null references practice (id),
    id           uuid not null,
    part         varchar(30) not null,
    step_order   int not null,
    step_text    varchar(2000) not null,
    created_at   timestamp with time zone not null,
    primary key (practice_id, id)
);
create index cnt_plan_step_part_idx on cnt_plan_step (practice_id, part, step_order);

-- Plan tests and tabletop exercises, with what they found and the follow-up.
create table cnt_exercise (
    practice_id        uuid not null references practice (id),
    id                 uuid not null,
    held_on            date not null,
    kind               varchar(20) not null,
    scenario           varchar(500) not null,
    participants       varchar(1000),
    findings           text,
    follow_up          text,
    follow_up_due_on   date,
    follow_up_done_on  date,
    recorded_by        uuid not null,
    created_at         timestamp with time zone not null,
    primary key (practice_id, id)
);
create index cnt_exercise_date_idx on cnt_exercise (practice_id, held_on);
