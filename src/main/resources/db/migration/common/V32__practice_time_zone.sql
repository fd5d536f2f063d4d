-- Each practice's own time zone: dates shown and deadlines computed are the practice's local dates.
alter table practice add column time_zone varchar(64) not null default 'UTC';
