-- Offboarding steps past their deadline are flagged by the daily tick (overdue_at), never while a page is
-- read. Onboarding steps share wf_step (phase ONBOARDING), created when a person is added.

alter table wf_step add column overdue_at timestamp with time zone;

-- Periodic access reviews: a snapshot of every enabled account when the review starts, reviewed line by
-- line, signed off by the security officer. A signed-off review is kept unchanged.

create table wf_access_review (
    practice_id         uuid not null references practice (id),
    id                  uuid not null,
    started_at          timestamp with time zone not null,
    started_by_name     varchar(200) not null,
    signed_off_at       timestamp with time zone,
    signed_off_by       uuid,
    signed_off_by_name  varchar(200),
    signed_off_on       date,
    conclusion          varchar(2000),
    next_due_on         date,
    primary key (practice_id, id)
);
create index wf_access_review_started_idx on wf_access_review (practice_id, started_at);

create table wf_access_review_line (
    practice_id       uuid not null,
    id                uuid not null,
    review_id         uuid not null,
    account_id        uuid not null,
    person_id         uuid not null,
    person_name       varchar(200) not null,
    system_name       varchar(200) not null,
    username          varchar(200) not null,
    privilege         varchar(20) not null,
    mfa               boolean not null,
    position          int not null,
    decision          varchar(20),
    note              varchar(500),
    reviewed_at       timestamp with time zone,
    reviewed_by_name  varchar(200),
    primary key (practice_id, id),
    foreign key (practice_id, review_id) references wf_access_review (practice_id, id),
    foreign key (practice_id, account_id) references wf_account (practice_id, id),
    foreign key (practice_id, person_id) references wf_person (practice_id, id)
);
create index wf_access_review_line_idx on wf_access_review_line (practice_id, review_id, position);

-- Sanctions applied to workforce members who broke a security policy (164.308(a)(1)(ii)(C)). Only the
-- security officer sees them.

create table wf_sanction (
    practice_id       uuid not null references practice (id),
    id                uuid not null,
    person_id         uuid not null,
    occurred_on       date not null,
    policy_violated   varchar(300) not null,
    what_happened     varchar(4000) not null,
    sanction          varchar(1000) not null,
    recorded_by       uuid not null,
    recorded_by_name  varchar(200) not null,
    recorded_at       timestamp with time zone not null,
    primary key (practice_id, id),
    foreign key (practice_id, person_id) references wf_person (practice_id, id)
);
create index wf_sanction_person_idx on wf_sanction (practice_id, person_id, occurred_on);
