-- Yearly written verification of a business associate's technical safeguards (a 2025 proposed rule, not in
-- force): the questionnaire's answers (keys of catalog/vendors.yaml), the score and the date. The vendor's
-- written certification is in the evidence store (owner type "vendor-verification").

create table vnd_verification (
    practice_id  uuid not null,
    id           uuid not null,
    vendor_id    uuid not null,
    verified_on  date not null,
    -- VENDOR (the vendor filled it in) or PRACTICE (the practice filled it in from the vendor's documents)
    completed_by varchar(20) not null,
    -- Per cent of the points of the questions that apply (yes 2, partly 1, no 0).
    score        int not null,
    notes        text,
    recorded_by  uuid not null,
    recorded_at  timestamp with time zone not null,
    primary key (practice_id, id),
    foreign key (practice_id, vendor_id) references vnd_vendor (practice_id, id)
);
create index vnd_verification_vendor on vnd_verification (practice_id, vendor_id, verified_on);

create table vnd_verification_answer (
    practice_id     uuid not null,
    verification_id uuid not null,
    question_key    varchar(60) not null,
    -- YES, PARTLY, NO, NOT_APPLICABLE
    answer          varchar(20) not null,
    primary key (practice_id, verification_id, question_key),
    foreign key (practice_id, verification_id) references vnd_verification (practice_id, id) on delete cascade
);

-- A pattern of activity or practice of a business associate that the practice knew to be a material breach
-- of its agreement, and the steps taken to cure it or end the violation, or the termination (164.504(e)(1)(ii),
-- 164.314(a)(1)).
create table vnd_material_breach (
    practice_id  uuid not null,
    id           uuid not null,
    vendor_id    uuid not null,
    learned_on   date not null,
    pattern      text not null,
    steps        text not null,
    -- CURING, CURED, TERMINATED, TERMINATION_NOT_FEASIBLE
    outcome      varchar(30) not null,
    outcome_on   date,
    notes        text,
    recorded_by  uuid not null,
    recorded_at  timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    primary key (practice_id, id),
    foreign key (practice_id, vendor_id) references vnd_vendor (practice_id, id)
);
create index vnd_material_breach_vendor on vnd_material_breach (practice_id, vendor_id, learned_on);
