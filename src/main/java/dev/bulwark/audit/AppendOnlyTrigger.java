package dev.bulwark.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2 trigger that makes {@code audit_entry} append-only (PostgreSQL uses a PL/pgSQL
 * trigger instead). H2 instantiates it by name from the migration, hence public.
 */
public class AppendOnlyTrigger implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("audit_entry is append-only");
	}

}
