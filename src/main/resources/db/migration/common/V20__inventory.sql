-- Technology asset inventory, ePHI data flows, network segments and the findings derived from them.
-- Every primary key leads with practice_id; UUIDs are generated in Java.

create table inv_network_segment (
    practice_id uuid not null references practice (id),
    id          uuid not null,
    name        varchar(200) not null,
    name_key    varchar(200) not null,
    kind        varchar(40) not null,
    separated   varchar(20) not null,
    description text,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    primary key (practice_id, id)
);
create unique index inv_network_segment_name_uq on inv_network_segment (practice_id, name_key);

create table inv_asset (
    practice_id       uuid not null references practice (id),
    id                uuid not null,
    name              varchar(200) not null,
    kind              varchar(40) not null,
    assigned_to       varchar(200),
    location          varchar(200),
    manufacturer      varchar(200),
    model             varchar(200),
    os_version        varchar(200),
    serial_number     varchar(200),
    ip_address        varchar(100),
    mac_address       varchar(100),
    purchase_date     date,
    ephi              varchar(20) not null,
    encryption        varchar(20) not null,
    encryption_method varchar(200),
    mfa               varchar(20) not null,
    backed_up         varchar(20) not null,
    patch_status      varchar(20) not null,
    last_patched_on   date,
    anti_malware      varchar(20) not null,
    segment_id        uuid,
    status            varchar(20) not null,
    disposed_on       date,
    disposal_method   varchar(500),
    disposed_by       varchar(200),
    notes             text,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    primary key (practice_id, id),
    constraint inv_asset_segment_fk foreign key (practice_id, segment_id) references inv_network_segment (practice_id, id)
);
create index inv_asset_name_idx on inv_asset (practice_id, name);
create index inv_asset_segment_idx on inv_asset (practice_id, segment_id);

-- Re-use of media and devices that held ePHI (164.310(d)(2)(ii)): what was done before the next use.
create table inv_media_reuse (
    practice_id         uuid not null,
    id                  uuid not null,
    asset_id            uuid not null,
    reused_on           date not null,
    sanitization_method varchar(500) not null,
    performed_by        varchar(200) not null,
    reused_for          varchar(500),
    created_at          timestamp with time zone not null,
    primary key (practice_id, id),
    constraint inv_media_reuse_asset_fk foreign key (practice_id, asset_id) references inv_asset (practice_id, id)
);
create index inv_media_reuse_asset_idx on inv_media_reuse (practice_id, asset_id);

-- An end of a data flow is either one of the practice's assets or an outside party named in words.
create table inv_data_flow (
    practice_id      uuid not null references practice (id),
    id               uuid not null,
    from_type        varchar(20) not null,
    from_asset_id    uuid,
    from_name        varchar(200),
    to_type          varchar(20) not null,
    to_asset_id      uuid,
    to_name          varchar(200),
    ephi_description varchar(500),
    channel          varchar(30) not null,
    encrypted        varchar(20) not null,
    notes            text,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    primary key (practice_id, id),
    constraint inv_data_flow_from_fk foreign key (practice_id, from_asset_id) references inv_asset (practice_id, id),
    constraint inv_data_flow_to_fk foreign key (practice_id, to_asset_id) references inv_asset (practice_id, id)
);

-- Yearly review of the inventory and data-flow map (proposed rule: at least every 12 months).
create table inv_review (
    practice_id         uuid not null references practice (id),
    id                  uuid not null,
    reviewed_at         timestamp with time zone not null,
    reviewed_by_user_id uuid,
    reviewed_by         varchar(320) not null,
    notes               varchar(1000),
    primary key (practice_id, id)
);
create index inv_review_time_idx on inv_review (practice_id, reviewed_at);

-- Findings keep a stable id per (rule, subject): resolved when the gap closes, reopened if it comes back.
create table inv_finding (
    practice_id   uuid not null references practice (id),
    id            uuid not null,
    rule_key      varchar(60) not null,
    subject_key   varchar(100) not null,
    asset_id      uuid,
    citation      varchar(60) not null,
    title         varchar(300) not null,
    detail        varchar(2000) not null,
    proposed_rule boolean not null,
    status        varchar(20) not null,
    first_seen_at timestamp with time zone not null,
    resolved_at   timestamp with time zone,
    primary key (practice_id, id)
);
create unique index inv_finding_subject_uq on inv_finding (practice_id, rule_key, subject_key);
create index inv_finding_status_idx on inv_finding (practice_id, status);
create index inv_finding_asset_idx on inv_finding (practice_id, asset_id);
