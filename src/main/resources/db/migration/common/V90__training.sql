-- Training that ships with Bulwark: every quiz attempt (a passed attempt is a completion record, with score,
-- date and the module version taken), and assignments (on joining, by the security officer, and yearly after
-- each completion: a recommendation, the rule sets no interval). Modules themselves are catalog data.

create table trn_attempt (
    practice_id     uuid not null references practice (id),
    id              uuid not null,
    user_id         uuid not null,
    person_name     varchar(200) not null,
    module_key      varchar(60) not null,
    module_title    varchar(200) not null,
    module_version  int not null,
    correct         int not null,
    total           int not null,
    score           int not null,
    pass_mark       int not null,
    passed          boolean not null,
    -- The chosen answers, one choice index per question, separated by commas.
    answers         varchar(200) not null,
    taken_on        date not null,
    taken_at        timestamp with time zone not null,
    primary key (practice_id, id)
);
create index trn_attempt_person_idx on trn_attempt (practice_id, user_id, module_key, taken_at);
create index trn_attempt_taken_idx on trn_attempt (practice_id, taken_at);

create table trn_assignment (
    practice_id     uuid not null references practice (id),
    id              uuid not null,
    user_id         uuid not null,
    person_name     varchar(200) not null,
    module_key      varchar(60) not null,
    -- JOINED, ASSIGNED or YEARLY.
    reason          varchar(20) not null,
    assigned_on     date not null,
    due_on          date not null,
    assigned_by     uuid,
    -- Set by the daily tick once the due date has passed unanswered.
    overdue         boolean not null default false,
    completed_on    date,
    attempt_id      uuid,
    created_at      timestamp with time zone not null,
    primary key (practice_id, id),
    foreign key (practice_id, attempt_id) references trn_attempt (practice_id, id)
);
create index trn_assignment_person_idx on trn_assignment (practice_id, user_id, module_key, completed_on);
create index trn_assignment_due_idx on trn_assignment (practice_id, completed_on, due_on);
