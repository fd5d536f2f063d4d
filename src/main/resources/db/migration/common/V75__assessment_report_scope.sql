-- The signed risk analysis must be accurate and thorough (issue 9).

-- An addressable specification that is reasonable but not in place yet names the treatment-plan task that
-- puts it in place.
alter table asm_addressable_decision add column planned_task_id uuid;

-- Why a risk got its likelihood and impact, in the practice's words.
alter table asm_risk add column rating_rationale varchar(2000);

-- Scope, participants, incidents in the period and the next review, as the report prints them.
alter table asm_assessment add column scope_locations varchar(2000);
alter table asm_assessment add column period_start date;
alter table asm_assessment add column period_end date;
alter table asm_assessment add column out_of_scope varchar(4000);
alter table asm_assessment add column participants varchar(4000);
alter table asm_assessment add column incidents_statement varchar(4000);
alter table asm_assessment add column next_review_on date;

-- Risks closed at sign-off as remedied by the analysis itself (raised only by questions about the time
-- before this assessment), one title per line, for the report's sign-off page.
alter table asm_assessment add column remedied_at_sign_off text;
