-- The role the person answered in (e.g. "Security official", "Staff"), as the practice named it at the time: the
-- risk analysis prints who answered each question, in which role and when. Answers saved before this change
-- have no stored role; the report then shows the person's role today, marked as such.
alter table asm_answer add column answered_role varchar(100);
