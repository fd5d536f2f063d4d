-- Optimistic locking (ADR 0024): each edit moves a record's version on, only if it is still the version the
-- editor opened; otherwise the editor is told someone else changed the record. Existing rows start at 0.
alter table inv_asset add column version bigint default 0 not null;
alter table asm_risk add column version bigint default 0 not null;
alter table vnd_vendor add column version bigint default 0 not null;
alter table pol_version add column version bigint default 0 not null;
