-- The incidents of the period and the business associates a signed-off report prints, frozen
-- at sign-off (as asm_inventory_snapshot freezes the inventory section).
create table asm_records_snapshot (
    practice_id   uuid not null,
    assessment_id uuid not null,
    taken_at      timestamp with time zone not null,
    snapshot      text not null,
    primary key (practice_id, assessment_id),
    foreign key (practice_id, assessment_id) references asm_assessment (practice_id, id)
);
