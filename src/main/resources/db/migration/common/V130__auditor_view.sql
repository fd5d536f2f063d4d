-- Each person chooses whether pages show citations, catalog versions and the regulation's own
-- terms ("Show auditor details"). Off for everyone: pages speak plain words by default.
alter table app_user add column auditor_view boolean default false not null;
