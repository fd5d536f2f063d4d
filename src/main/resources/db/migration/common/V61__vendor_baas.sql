-- Business associate agreements: dates, the agreed breach-reporting window and the terms checked against
-- 164.314(a)(2)(i). The signed document itself is in the evidence store (owner type "baa").

create table vnd_baa (
    practice_id        uuid not null,
    id                 uuid not null,
    vendor_id          uuid not null,
    effective_on       date not null,
    -- The end or renewal date; null: no end date (in effect until terminated).
    expires_on         date,
    -- Days after discovery within which the business associate reports a breach (at most 60, 164.410).
    breach_window_days int not null,
    notes              text,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    primary key (practice_id, id),
    foreign key (practice_id, vendor_id) references vnd_vendor (practice_id, id)
);
create index vnd_baa_vendor on vnd_baa (practice_id, vendor_id);

-- The terms the agreement was checked to contain (keys of catalog/vendors.yaml).
create table vnd_baa_term (
    practice_id uuid not null,
    baa_id      uuid not null,
    term_key    varchar(60) not null,
    primary key (practice_id, baa_id, term_key),
    foreign key (practice_id, baa_id) references vnd_baa (practice_id, id) on delete cascade
);

-- Where each vendor's agreement stands, as the last command or daily tick left it.
alter table vnd_vendor add column baa_state varchar(20) default 'NOT_NEEDED' not null;
-- The end or renewal date of the agreement in effect, if it has one.
alter table vnd_vendor add column baa_renewal_on date;
