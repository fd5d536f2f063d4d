-- The compliance calendar: every task of a practice with its due date and basis. Three kinds:
--   SOURCE    reported by another module through DueItemsReported (the snapshot of one source keeps
--             them; an item gone from the snapshot is closed as done by its source);
--   RECURRING generated from the catalog's obligations (obligations.yaml), one open occurrence each;
--   OWN       the practice's own tasks, one-off or repeating.
-- Completing a recurring or own task records who, when and a note (files in the evidence store, owner
-- type "task") and opens the next occurrence (anchor_on plus occurrence times the frequency).

create table cal_item (
    practice_id        uuid not null references practice (id),
    id                 uuid not null,
    kind               varchar(20) not null,
    -- The reporting module for SOURCE items, "catalog" for RECURRING, "practice" for OWN.
    source             varchar(40) not null,
    -- Stable key within the source: the source's item key, or the obligation key.
    item_key           varchar(300) not null,
    title              varchar(500) not null,
    description        text,
    due_on             date not null,
    -- The proposed rule's hour clocks: the exact instant (elapsed hours); null for day deadlines.
    due_at             timestamp with time zone,
    basis              varchar(20) not null,
    obligation_key     varchar(60),
    citation           varchar(200),
    owner_user_id      uuid,
    link               varchar(500),
    -- ISO-8601 period (P1Y, P6M, P3M, P1M, P1W) for repeating tasks; null for one-off ones.
    frequency          varchar(10),
    anchor_on          date,
    occurrence         int not null default 0,
    status             varchar(20) not null,
    created_at         timestamp with time zone not null,
    created_by         uuid,
    completed_at       timestamp with time zone,
    completed_on       date,
    completed_by       uuid,
    completed_by_name  varchar(200),
    completion_note    text,
    closed_at          timestamp with time zone,
    primary key (practice_id, id)
);
create index cal_item_status_due_idx on cal_item (practice_id, status, due_on);
create index cal_item_source_key_idx on cal_item (practice_id, source, item_key);
create index cal_item_owner_idx on cal_item (practice_id, owner_user_id, status);

-- Per-person reminder preferences; a person without a row gets the defaults.
create table cal_preference (
    practice_id    uuid not null references practice (id),
    user_id        uuid not null,
    days_before    int not null,
    on_due_date    boolean not null,
    overdue        boolean not null,
    weekly_digest  boolean not null,
    updated_at     timestamp with time zone not null,
    primary key (practice_id, user_id)
);

-- Every reminder sent, so that none is sent twice: one row per item, person and kind (BEFORE, DUE,
-- OVERDUE, ESCALATION), and per person and week for the digest (item_id null, kind DIGEST, week_of set).
create table cal_reminder (
    practice_id  uuid not null references practice (id),
    id           uuid not null,
    item_id      uuid,
    user_id      uuid not null,
    kind         varchar(20) not null,
    week_of      date,
    sent_on      date not null,
    sent_at      timestamp with time zone not null,
    primary key (practice_id, id)
);
create index cal_reminder_item_idx on cal_reminder (practice_id, item_id, user_id, kind);
create index cal_reminder_digest_idx on cal_reminder (practice_id, user_id, kind, week_of);

-- A person's private iCalendar feed: only the SHA-256 of the secret in its address is kept.
create table cal_feed (
    practice_id  uuid not null references practice (id),
    user_id      uuid not null,
    secret_hash  varchar(64) not null,
    created_at   timestamp with time zone not null,
    primary key (practice_id, user_id)
);
create index cal_feed_secret_idx on cal_feed (practice_id, secret_hash);
