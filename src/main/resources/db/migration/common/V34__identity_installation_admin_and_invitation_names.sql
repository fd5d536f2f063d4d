-- The installation administrator: the account created at first-run set-up (the earliest account on an existing
-- installation). Only they may reset the second factor of a person who belongs to more than one practice; a
-- practice's security officer may not (see docs/adr/0003-mfa.md, "People in several practices").
alter table app_user add column installation_admin boolean not null default false;
update app_user set installation_admin = true
 where id = (select id from app_user order by created_at, id limit 1);

-- Invitations name the person invited; their account is created with that name unless they correct it.
alter table invitation add column display_name varchar(200);
