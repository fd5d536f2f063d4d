-- When the contingency checks of a practice last ran (the daily tick or the last change): pages and the API show
-- backup ages and restore tests falling due as of this instant, so reading never computes time-driven state.
create table cnt_check (
    practice_id uuid not null references practice (id),
    checked_at  timestamp with time zone not null,
    primary key (practice_id)
);
