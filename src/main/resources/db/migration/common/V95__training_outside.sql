-- Training taken outside Bulwark (a course, a conference, a vendor's webinar): who, what, who gave it, when and
-- how many hours. The certificate itself is kept in the shared evidence store (owner type training-record).

create table trn_outside_training (
    practice_id     uuid not null references practice (id),
    id              uuid not null,
    -- The person's account, when they have one; volunteers and trainees without an account are named only.
    user_id         uuid,
    person_name     varchar(200) not null,
    course          varchar(200) not null,
    provider        varchar(200) not null,
    completed_on    date not null,
    hours           numeric(5, 1) not null,
    notes           varchar(2000),
    recorded_by     uuid not null,
    recorded_at     timestamp with time zone not null,
    primary key (practice_id, id)
);
create index trn_outside_training_date_idx on trn_outside_training (practice_id, completed_on);
