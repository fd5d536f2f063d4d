-- The workforce roster: everyone under the practice's direct control, paid or not (employees, contractors,
-- volunteers, trainees), whether or not they sign in to Bulwark. A person may be linked to one Bulwark
-- member of the same practice.

create table wf_person (
    practice_id       uuid not null references practice (id),
    id                uuid not null,
    name              varchar(200) not null,
    job_role          varchar(200),
    workforce_type    varchar(20) not null,
    started_on        date,
    ended_on          date,
    -- The moment employment ended: the proposed rule's hour clocks run from it.
    ended_at          timestamp with time zone,
    supervisor_id     uuid,
    user_id           uuid,
    clearance_done    boolean not null default false,
    clearance_on      date,
    clearance_note    varchar(1000),
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    primary key (practice_id, id),
    foreign key (practice_id, supervisor_id) references wf_person (practice_id, id)
);
create index wf_person_name_idx on wf_person (practice_id, name);
create index wf_person_user_idx on wf_person (practice_id, user_id);
