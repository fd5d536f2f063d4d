-- Security risk assessment: assessments with their profile, answers and addressable-specification decisions,
-- and the risk register with its treatment tasks. Every primary key leads with practice_id.

create table assessment (
    practice_id       uuid not null references practice (id),
    id                uuid not null,
    title             varchar(200) not null,
    status            varchar(20) not null,
    catalog_version   varchar(40) not null,
    -- Captured at sign-off; while open, the practice's current settings apply.
    nprm_mode         boolean not null,
    risk_matrix       varchar(10) not null,
    previous_id       uuid,
    created_at        timestamp with time zone not null,
    created_by        uuid,
    updated_at        timestamp with time zone not null,
    submitted_at      timestamp with time zone,
    submitted_by      uuid,
    signed_off_at     timestamp with time zone,
    signed_off_by     uuid,
    signed_off_name   varchar(200),
    attestation       text,
    -- The risk register as it stood at sign-off (JSON), so the signed report never changes.
    register_snapshot text,
    primary key (practice_id, id)
);
create index assessment_created_idx on assessment (practice_id, created_at);

create table assessment_profile (
    practice_id   uuid not null,
    assessment_id uuid not null,
    field_key     varchar(60) not null,
    field_value   varchar(200) not null,
    primary key (practice_id, assessment_id, field_key),
    foreign key (practice_id, assessment_id) references assessment (practice_id, id)
);

create table assessment_answer (
    practice_id     uuid not null,
    assessment_id   uuid not null,
    question_key    varchar(40) not null,
    answer          varchar(20),
    na_reason       text,
    notes           text,
    evidence        text,
    flagged         boolean not null default false,
    assignee_id     uuid,
    previous_answer varchar(20),
    carried_over    boolean not null default false,
    answered_at     timestamp with time zone,
    answered_by     uuid,
    primary key (practice_id, assessment_id, question_key),
    foreign key (practice_id, assessment_id) references assessment (practice_id, id)
);
create index assessment_answer_assignee_idx on assessment_answer (practice_id, assignee_id);

create table addressable_decision (
    practice_id             uuid not null,
    assessment_id           uuid not null,
    citation                varchar(40) not null,
    outcome                 varchar(20) not null,
    alternative             text,
    reason                  text,
    alternative_implemented boolean not null default false,
    decided_at              timestamp with time zone not null,
    decided_by              uuid,
    carried_over            boolean not null default false,
    primary key (practice_id, assessment_id, citation),
    foreign key (practice_id, assessment_id) references assessment (practice_id, id)
);

create table risk (
    practice_id              uuid not null references practice (id),
    id                       uuid not null,
    -- null while the risk waits for the next assessment (e.g. proposed from the inventory)
    assessment_id            uuid,
    source                   varchar(20) not null,
    source_key               varchar(200),
    vulnerability_key        varchar(60),
    title                    varchar(300) not null,
    vulnerability            text,
    threat_keys              varchar(2000),
    threat                   text,
    assets                   text,
    existing_controls        text,
    citations                varchar(2000),
    likelihood               varchar(20) not null,
    impact                   varchar(20) not null,
    treatment                varchar(20),
    owner_id                 uuid,
    due_date                 date,
    status                   varchar(20) not null,
    residual_likelihood      varchar(20),
    residual_impact          varchar(20),
    acceptance_justification text,
    accepted_by              uuid,
    accepted_by_name         varchar(200),
    accepted_at              timestamp with time zone,
    edited                   boolean not null default false,
    created_at               timestamp with time zone not null,
    updated_at               timestamp with time zone not null,
    primary key (practice_id, id)
);
create index risk_assessment_idx on risk (practice_id, assessment_id);
create index risk_source_key_idx on risk (practice_id, source_key);

create table risk_question (
    practice_id  uuid not null,
    risk_id      uuid not null,
    question_key varchar(40) not null,
    primary key (practice_id, risk_id, question_key),
    foreign key (practice_id, risk_id) references risk (practice_id, id)
);

create table risk_task (
    practice_id uuid not null,
    id          uuid not null,
    risk_id     uuid not null,
    title       varchar(500) not null,
    owner_id    uuid,
    due_date    date,
    done_at     timestamp with time zone,
    position    int not null,
    created_at  timestamp with time zone not null,
    primary key (practice_id, id),
    foreign key (practice_id, risk_id) references risk (practice_id, id)
);
create index risk_task_risk_idx on risk_task (practice_id, risk_id);
