-- The vendor register: who the practice's vendors are, what they do with patient information, which systems
-- they touch, and whether that makes them business associates. Every key leads with practice_id.

create table vnd_vendor (
    practice_id        uuid not null references practice (id),
    id                 uuid not null,
    name               varchar(200) not null,
    service            varchar(500),
    contact_name       varchar(200),
    contact_email      varchar(320),
    contact_phone      varchar(50),
    data_flows         text,
    -- The guided question: what the vendor does with patient information for the practice.
    creates_phi        boolean not null,
    receives_phi       boolean not null,
    maintains_phi      boolean not null,
    transmits_phi      boolean not null,
    -- Only carries information in transit, without routine access (the conduit exception).
    conduit            boolean not null,
    -- Derived from the answers above (Vendor.determine), kept for lists and reports.
    business_associate boolean not null,
    risk_tier          varchar(20) not null,
    notes              text,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    primary key (practice_id, id)
);
create index vnd_vendor_name on vnd_vendor (practice_id, name);

-- The inventory's systems a vendor touches (ids of the inventory's assets, checked when saved).
create table vnd_vendor_system (
    practice_id uuid not null,
    vendor_id   uuid not null,
    asset_id    uuid not null,
    primary key (practice_id, vendor_id, asset_id),
    foreign key (practice_id, vendor_id) references vnd_vendor (practice_id, id) on delete cascade
);
