-- A claim per practice, job and day: the first node (or thread) to insert the row runs the job, any other
-- caller finds the key taken and does nothing. A claim never finished (the node died mid-run) may be taken
-- over once its lease (claimed_at plus a few minutes) has run out. Used for the day's e-mail reminders and
-- the weekly digest, so they go out exactly once however many Bulwark nodes listen to the daily tick.
create table cal_job_claim (
    practice_id  uuid not null references practice (id),
    job          varchar(40) not null,
    run_on       date not null,
    claimed_at   timestamp with time zone not null,
    finished_at  timestamp with time zone,
    primary key (practice_id, job, run_on)
);
