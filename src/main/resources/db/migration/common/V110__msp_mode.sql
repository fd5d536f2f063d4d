-- MSP mode (docs/adr/0023-msp-mode.md).

-- An MSP technician: a person of the managed service provider running this installation. The MSP
-- administrator is the existing installation administrator (installation_admin).
alter table app_user add column msp_technician boolean not null default false;

-- An invitation sent by an MSP administrator to one of the MSP's technicians: accepting it also
-- makes the account an MSP technician.
alter table invitation add column msp_technician boolean not null default false;

-- An archived practice is kept read-only for retention; it is never deleted.
alter table practice add column archived_at timestamp with time zone;
alter table practice add column archived_by varchar(300);

-- The MSP's templates: a standard asset list and data flows, kept above the practices. The content
-- is the inventory's own template document (JSON), written and read by the inventory module.
create table msp_template (
    id             uuid not null primary key,
    name           varchar(200) not null,
    name_key       varchar(200) not null,
    description    varchar(1000),
    content        text not null,
    asset_count    int not null,
    flow_count     int not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(300) not null
);
create unique index msp_template_name_idx on msp_template (name_key);

-- What was applied to a practice, and when, by whom: listed on the practice.
create table msp_template_application (
    practice_id    uuid not null references practice (id),
    id             uuid not null,
    template_id    uuid,
    template_name  varchar(200) not null,
    applied_at     timestamp with time zone not null,
    applied_by     varchar(300) not null,
    assets_added   int not null,
    flows_added    int not null,
    primary key (practice_id, id)
);
