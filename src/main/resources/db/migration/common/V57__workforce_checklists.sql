-- Onboarding and offboarding checklists. Onboarding steps are created with the person; recording a
-- departure creates the offboarding steps: one per enabled account, plus devices and keys, building access
-- and telling other organizations. clock_hours is the proposed rule's elapsed-hour clock for the step
-- (1 or 24), used as a deadline only in NPRM-ready mode. Each step records who did it and when.

create table wf_step (
    practice_id   uuid not null references practice (id),
    id            uuid not null,
    person_id     uuid not null,
    phase         varchar(20) not null,
    kind          varchar(30) not null,
    account_id    uuid,
    title         varchar(300) not null,
    position      int not null,
    clock_hours   int,
    done_at       timestamp with time zone,
    done_by       uuid,
    done_by_name  varchar(200),
    note          varchar(500),
    created_at    timestamp with time zone not null,
    primary key (practice_id, id),
    foreign key (practice_id, person_id) references wf_person (practice_id, id),
    foreign key (practice_id, account_id) references wf_account (practice_id, id)
);
create index wf_step_person_idx on wf_step (practice_id, person_id, phase, position);
