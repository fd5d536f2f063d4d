-- Security reminders (164.308(a)(5)(ii)(A), addressable): short messages the security officer schedules for the
-- workforce, once or on a recurrence. The daily tick sends each on its due day, once, and records to whom.

create table trn_reminder (
    practice_id     uuid not null references practice (id),
    id              uuid not null,
    subject         varchar(150) not null,
    message         varchar(2000) not null,
    -- WORKFORCE, STAFF or OFFICERS.
    audience        varchar(20) not null,
    -- ONCE, MONTHLY, QUARTERLY or YEARLY.
    recurrence      varchar(20) not null,
    first_on        date not null,
    -- The next day it is sent; null once a one-off reminder was sent or the reminder was stopped.
    next_on         date,
    stopped_on      date,
    created_by      uuid not null,
    created_at      timestamp with time zone not null,
    primary key (practice_id, id)
);
create index trn_reminder_next_idx on trn_reminder (practice_id, next_on);

create table trn_reminder_sending (
    practice_id     uuid not null references practice (id),
    id              uuid not null,
    reminder_id     uuid not null,
    -- The due day this sending is for: one sending per reminder and due day, whatever the tick does.
    due_on          date not null,
    sent_at         timestamp with time zone not null,
    subject         varchar(150) not null,
    primary key (practice_id, id),
    unique (practice_id, reminder_id, due_on),
    foreign key (practice_id, reminder_id) references trn_reminder (practice_id, id)
);
create index trn_reminder_sending_sent_idx on trn_reminder_sending (practice_id, sent_at);

create table trn_reminder_recipient (
    practice_id     uuid not null references practice (id),
    sending_id      uuid not null,
    user_id         uuid not null,
    person_name     varchar(200) not null,
    -- Whether the mail server accepted the message (false when mail is not configured or refused it).
    delivered       boolean not null,
    primary key (practice_id, sending_id, user_id),
    foreign key (practice_id, sending_id) references trn_reminder_sending (practice_id, id)
);
