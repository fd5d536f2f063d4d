-- Practices are the tenants. Every business table leads with practice_id.
create table practice (
    id                   uuid not null primary key,
    name                 varchar(200) not null,
    name_key             varchar(200) not null,
    created_at           timestamp with time zone not null,
    idle_timeout_minutes int not null,
    nprm_mode            boolean not null default false,
    risk_matrix          varchar(10) not null default '3x3'
);
create unique index practice_name_key_uq on practice (name_key);
