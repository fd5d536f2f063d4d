-- Audit entries are append-only: the database itself refuses to change or delete one.
create function audit_entry_append_only() returns trigger as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$ language plpgsql;

create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
