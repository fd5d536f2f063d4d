-- Audit entries are append-only: the database itself refuses to change or delete one.
create trigger audit_entry_no_update before update, delete on audit_entry
    for each row call 'dev.bulwark.audit.AppendOnlyTrigger';
