-- Monthly posture snapshots for the dashboard's trend chart: one row per practice and month (the first
-- day of the month in the practice's calendar), rewritten by each day's tick within that month, so the row
-- holds the month's last figures. Scores are 0-100, null before the first rated answer.
create table dsh_snapshot (
    practice_id   uuid not null references practice (id),
    month_start   date not null,
    overall       int,
    overdue       int not null,
    open_risks    int not null,
    taken_at      timestamp with time zone not null,
    primary key (practice_id, month_start)
);
