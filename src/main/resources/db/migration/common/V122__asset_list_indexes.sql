-- The asset list is ordered by name without regard to case. Expression indexes are not portable between H2 and
-- PostgreSQL, so the sort key (the name in lower case) is a column the application writes, with an index that
-- serves "where practice_id = ? order by name_key, id limit ..." directly.
alter table inv_asset add column name_key varchar(200);
update inv_asset set name_key = lower(name);
create index inv_asset_name_key_idx on inv_asset (practice_id, name_key, id);

-- The list counts each asset's open findings: this index answers "practice_id = ? and asset_id = ? and
-- status = 'OPEN'" from the index alone. It replaces the (practice_id, asset_id) index, its prefix.
create index inv_finding_asset_status_idx on inv_finding (practice_id, asset_id, status);
drop index inv_finding_asset_idx;
