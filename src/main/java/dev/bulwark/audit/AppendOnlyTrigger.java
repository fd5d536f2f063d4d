package dev.bulwark.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2 trigger that makes the audit tables ({@code audit_entry} and the checkpoint tables)
 * append-only (PostgreSQL uses a PL/pgSQL trigger instead). H2 instantiates it by name
 * from the migration, hence public.
 */
public class AppendOnlyTrigger implements Trigger {

	private String table = "audit_entry";

	@Override
	public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
			int type) {
		this.table = tableName.toLowerCase(java.util.Locale.ROOT);
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException(this.table + " is append-only");
	}

}
