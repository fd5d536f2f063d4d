-- The inventory as it stood when an assessment was signed off (summary, findings and the data-flow
-- diagram), so the signed-off report always shows what was attested.
create table assessment_inventory_snapshot (
    practice_id   uuid not null,
    assessment_id uuid not null,
    taken_at      timestamp with time zone not null,
    snapshot      text not null,
    primary key (practice_id, assessment_id)
);
