-- Security incidents (164.308(a)(6)), breach assessments and breaches (45 CFR 164.400-414), and tabletop drills.
-- Incident records may hold PHI; every read is audited by the module. Keys lead with practice_id; UUIDs from Java.

create table inc_incident (
    practice_id      uuid not null references practice (id),
    id               uuid not null,
    -- The quick report: what happened, when (the practice's local date, optional local time), who noticed.
    what             text not null,
    happened_on      date not null,
    happened_at_time varchar(5),
    noticed_by       varchar(200) not null,
    reported_by      uuid not null,
    reported_by_name varchar(300) not null,
    reported_at      timestamp with time zone not null,
    -- REPORTED, INVESTIGATING, CLOSED
    status           varchar(20) not null,
    -- LOST_OR_STOLEN_DEVICE, PHISHING, RANSOMWARE, MISDIRECTED_PHI, INSIDER_SNOOPING, VENDOR_BREACH, OTHER
    incident_type    varchar(30),
    phi_involved     boolean,
    vendors          varchar(500),
    root_cause       text,
    lessons          text,
    updated_at       timestamp with time zone not null,
    primary key (practice_id, id)
);
create index inc_incident_reported on inc_incident (practice_id, reported_at);
create index inc_incident_reporter on inc_incident (practice_id, reported_by);

-- The systems of the inventory involved (name kept as it was, in case the asset is renamed or retired).
create table inc_incident_system (
    practice_id uuid not null,
    incident_id uuid not null,
    asset_id    uuid not null,
    asset_name  varchar(300) not null,
    primary key (practice_id, incident_id, asset_id),
    foreign key (practice_id, incident_id) references inc_incident (practice_id, id) on delete cascade
);

-- The timeline: events, containment steps (who and when) and follow-up actions.
create table inc_entry (
    practice_id   uuid not null,
    id            uuid not null,
    incident_id   uuid not null,
    -- EVENT, CONTAINMENT, FOLLOW_UP
    kind          varchar(20) not null,
    happened_at   timestamp with time zone not null,
    description   text not null,
    done_by       varchar(200),
    recorded_by   uuid not null,
    recorded_at   timestamp with time zone not null,
    primary key (practice_id, id),
    foreign key (practice_id, incident_id) references inc_incident (practice_id, id) on delete cascade
);
create index inc_entry_incident on inc_entry (practice_id, incident_id, happened_at);

-- The breach assessment of an incident involving PHI (164.402): exceptions, secured PHI, the four factors.
create table inc_assessment (
    practice_id          uuid not null,
    incident_id          uuid not null,
    -- NONE, UNINTENTIONAL_ACCESS, INADVERTENT_DISCLOSURE, COULD_NOT_RETAIN
    exception_kind       varchar(30) not null,
    exception_reasoning  text,
    secured              boolean not null,
    secured_reasoning    text,
    factor_nature        text,
    factor_recipient     text,
    factor_acquired      text,
    factor_mitigation    text,
    low_probability      boolean not null,
    -- NOT_A_BREACH_EXCEPTION, NOT_A_BREACH_SECURED, LOW_PROBABILITY, BREACH
    conclusion           varchar(30) not null,
    decided_by           uuid not null,
    decided_by_name      varchar(300) not null,
    decided_at           timestamp with time zone not null,
    primary key (practice_id, incident_id),
    foreign key (practice_id, incident_id) references inc_incident (practice_id, id) on delete cascade
);

-- A breach of unsecured PHI: the facts the deadlines are computed from, the notices sent, the letter.
create table inc_breach (
    practice_id           uuid not null,
    incident_id           uuid not null,
    discovered_on         date not null,
    breach_began_on       date,
    breach_ended_on       date,
    affected              int not null,
    bad_contacts          int not null,
    ba_discovered_on      date,
    delay_oral_on         date,
    delay_official        varchar(200),
    delay_written_on      date,
    delay_written_until   date,
    phi_types             varchar(500),
    -- For the HHS breach portal.
    breach_type           varchar(40) not null,
    location              varchar(40) not null,
    safeguards            text,
    actions_taken         text,
    individuals_notified_on date,
    hhs_notified_on       date,
    media_notified_on     date,
    state_law_checked_on  date,
    letter                text,
    recorded_at           timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    primary key (practice_id, incident_id),
    foreign key (practice_id, incident_id) references inc_incident (practice_id, id) on delete cascade
);
create index inc_breach_discovered on inc_breach (practice_id, discovered_on);

create table inc_breach_state (
    practice_id uuid not null,
    incident_id uuid not null,
    state       varchar(2) not null,
    residents   int not null,
    primary key (practice_id, incident_id, state),
    foreign key (practice_id, incident_id) references inc_breach (practice_id, incident_id) on delete cascade
);

-- Tabletop drills of the incident response plan.
create table inc_drill (
    practice_id  uuid not null references practice (id),
    id           uuid not null,
    scenario     text not null,
    held_on      date not null,
    participants varchar(1000) not null,
    went_well    text,
    went_badly   text,
    actions      text,
    recorded_by  uuid not null,
    recorded_at  timestamp with time zone not null,
    primary key (practice_id, id)
);
create index inc_drill_held on inc_drill (practice_id, held_on);
