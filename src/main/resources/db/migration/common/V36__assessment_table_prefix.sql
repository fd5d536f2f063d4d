-- The assessment module's tables take the module prefix (docs/developing.md, "Data"), as the inventory's
-- do (inv_). ALTER TABLE ... RENAME TO keeps rows, keys, foreign keys and indexes on H2 and PostgreSQL;
-- constraint names are left as they are (they are not referred to anywhere), the named indexes follow
-- the tables' new names.
alter table assessment rename to asm_assessment;
alter table assessment_profile rename to asm_profile;
alter table assessment_answer rename to asm_answer;
alter table addressable_decision rename to asm_addressable_decision;
alter table assessment_inventory_snapshot rename to asm_inventory_snapshot;
alter table risk rename to asm_risk;
alter table risk_question rename to asm_risk_question;
alter table risk_task rename to asm_risk_task;

alter index assessment_created_idx rename to asm_assessment_created_idx;
alter index assessment_answer_assignee_idx rename to asm_answer_assignee_idx;
alter index risk_assessment_idx rename to asm_risk_assessment_idx;
alter index risk_source_key_idx rename to asm_risk_source_key_idx;
alter index risk_task_risk_idx rename to asm_risk_task_risk_idx;

-- Where in Bulwark a risk proposed from another module's gap can be fixed (e.g. /inventory/findings).
alter table asm_risk add column source_link varchar(300);

-- The gaps each source (inventory, vendors...) last reported as open, so the register proposes a risk
-- when a gap opens, not again while it stays open (a person may have dismissed it), and withdraws
-- untouched proposals when it closes. One row per practice and source; the row is also the lock that
-- makes two reports of the same source take turns.
create table asm_gap_source (
    practice_id uuid not null references practice (id),
    source      varchar(40) not null,
    open_keys   text not null,
    reported_at timestamp with time zone not null,
    primary key (practice_id, source)
);
