package dev.bulwark;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every index of a table holding practice data (a table with a {@code practice_id}
 * column) leads with {@code practice_id}: the schema can then be distributed by practice
 * (Citus) without rewriting indexes, and every lookup of one practice's rows is a range
 * scan of that practice. Read from the database itself after all migrations (H2, or
 * PostgreSQL in the second pass) through JDBC metadata, so an index added in any
 * migration is checked.
 */
class PracticeIndexesTests {

	/**
	 * Installation-level tables that carry a practice id but are read across practices on
	 * purpose, with the reason. They are small and rarely written; on Citus they become
	 * reference tables (copied to every node), so their indexes need not lead with
	 * {@code practice_id}. Nothing a practice's pages list lives here.
	 */
	private static final Map<String, String> INSTALLATION_TABLES = Map.of("membership",
			"the practices a person belongs to, read at sign-in before a practice is chosen", "api_token",
			"a token is found by its hash before its practice is known", "invitation",
			"an invitation is found by its token before its practice is known", "audit_checkpoint_chain",
			"one checkpoint seals every practice's chain at once (installation-wide sequence)");

	@Test
	void everyIndexOnPracticeDataLeadsWithPracticeId() throws SQLException {
		boolean postgres = TestDatabaseEnvironment.isPostgres();
		String name = "bulwark_test_" + (System.currentTimeMillis() / 1000) + "_indexes_"
				+ UUID.randomUUID().toString().substring(0, 8);
		String url = postgres ? TestDatabaseEnvironment.createPostgresDatabase(name) : "jdbc:h2:mem:" + name
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		String user = postgres ? TestDatabaseEnvironment.pgUser() : "sa";
		Flyway.configure()
			.dataSource(url, user, "")
			.locations("classpath:db/migration/common", "classpath:db/migration/" + (postgres ? "postgresql" : "h2"))
			.load()
			.migrate();
		List<String> offending = new ArrayList<>();
		int checked = 0;
		try (Connection connection = DriverManager.getConnection(url, user, "")) {
			DatabaseMetaData metadata = connection.getMetaData();
			String schema = "public";
			for (String table : practiceTables(metadata, schema)) {
				if (INSTALLATION_TABLES.containsKey(table)) {
					continue;
				}
				Map<String, TreeMap<Integer, String>> indexes = new TreeMap<>();
				try (ResultSet rows = metadata.getIndexInfo(null, schema, table, false, true)) {
					while (rows.next()) {
						String index = rows.getString("INDEX_NAME");
						String column = rows.getString("COLUMN_NAME");
						// H2 adds an index of its own for each foreign key (PostgreSQL
						// does not);
						// only the indexes the migrations create are the schema's.
						if (index == null || index.toLowerCase(Locale.ROOT).startsWith("constraint_")) {
							continue;
						}
						indexes.computeIfAbsent(index.toLowerCase(Locale.ROOT), (key) -> new TreeMap<>())
							.put((int) rows.getShort("ORDINAL_POSITION"),
									(column != null) ? column.toLowerCase(Locale.ROOT) : "<expression>");
					}
				}
				for (var index : indexes.entrySet()) {
					checked++;
					String first = index.getValue().firstEntry().getValue();
					String key = table + "." + index.getKey();
					if (!"practice_id".equals(first)) {
						offending.add(key + " " + index.getValue().values());
					}
				}
			}
			if (!postgres) {
				connection.createStatement().execute("shutdown");
			}
		}
		assertThat(checked).as("indexes checked").isGreaterThan(50);
		assertThat(offending).as("indexes on practice data that do not lead with practice_id").isEmpty();
	}

	private static TreeSet<String> practiceTables(DatabaseMetaData metadata, String schema) throws SQLException {
		TreeSet<String> tables = new TreeSet<>();
		try (ResultSet rows = metadata.getColumns(null, schema, "%", "practice_id")) {
			while (rows.next()) {
				String type = rows.getString("TABLE_NAME");
				tables.add(type);
			}
		}
		return tables;
	}

}
