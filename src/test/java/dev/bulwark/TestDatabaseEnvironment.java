package dev.bulwark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring context started by a test its own empty database and data directory.
 * <p>
 * The database is H2 in memory by default, or a fresh PostgreSQL database when the system
 * property {@code bulwark.test.database=postgresql} is set (the second test pass of
 * {@code ./mvnw verify} does that). PostgreSQL is reached at {@code BULWARK_TEST_PG_URL}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user
 * {@code BULWARK_TEST_PG_USER} or {@code postgres}); each test database is dropped when
 * the JVM exits.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

	public static final String DATABASE = "bulwark.test.database";

	/**
	 * Right after the configuration files, before anything (such as TLS set-up) reads the
	 * data directory.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getProperty("bulwark.test.keep-environment", Boolean.class, false)) {
			return;
		}
		Map<String, Object> properties = new HashMap<>();
		String name = "bulwark_test_" + (System.currentTimeMillis() / 1000) + "_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		try {
			Path dataDir = Files.createTempDirectory("bulwark-test-");
			dataDir.toFile().deleteOnExit();
			properties.put("bulwark.data-dir", dataDir.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (isPostgres()) {
			properties.put("spring.datasource.url", createPostgresDatabase(name));
			properties.put("spring.datasource.username", pgUser());
			properties.put("spring.datasource.password", "");
		}
		else {
			properties.put("spring.datasource.url", "jdbc:h2:mem:" + name
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=256");
		}
		properties.put("spring.datasource.hikari.maximum-pool-size", "5");
		// The test context cache keeps dozens of contexts open: each may hold one idle
		// connection, not five, or PostgreSQL's 100 connections run out mid-suite.
		properties.put("spring.datasource.hikari.minimum-idle", "1");
		properties.put("spring.datasource.hikari.idle-timeout", "10000");
		// A test that writes hundreds of records queues as many after-commit listeners,
		// which take the five connections in turn; on a slow PostgreSQL run the next test
		// waited past Hikari's 30 s and failed. Wait longer instead of opening more
		// connections.
		properties.put("spring.datasource.hikari.connection-timeout", "120000");
		environment.getPropertySources().addFirst(new MapPropertySource("bulwarkTestDatabase", properties));
	}

	public static boolean isPostgres() {
		String value = System.getProperty(DATABASE, System.getenv().getOrDefault("BULWARK_TEST_DATABASE", "h2"));
		return value.toLowerCase(Locale.ROOT).startsWith("postgres");
	}

	private static synchronized void dropStaleDatabases(Connection connection) throws SQLException {
		if (cleanedUp) {
			return;
		}
		cleanedUp = true;
		long cutoff = System.currentTimeMillis() / 1000 - 2 * 3600;
		java.util.List<String> stale = new java.util.ArrayList<>();
		try (Statement statement = connection.createStatement();
				var rows = statement
					.executeQuery("select datname from pg_database where datname like 'bulwark_test_%'")) {
			while (rows.next()) {
				String[] parts = rows.getString(1).split("_");
				if (parts.length < 4 || !parts[2].matches("\\d+") || Long.parseLong(parts[2]) < cutoff) {
					stale.add(rows.getString(1));
				}
			}
		}
		for (String database : stale) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("drop database if exists " + database + " with (force)");
			}
		}
	}

	private static String pgAdminUrl() {
		return System.getenv().getOrDefault("BULWARK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
	}

	public static String pgUser() {
		return System.getenv().getOrDefault("BULWARK_TEST_PG_USER", "postgres");
	}

	private static boolean cleanedUp;

	public static String createPostgresDatabase(String name) {
		try (Connection connection = DriverManager.getConnection(pgAdminUrl(), pgUser(), "");
				Statement statement = connection.createStatement()) {
			dropStaleDatabases(connection);
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL tests need a server at " + pgAdminUrl()
					+ " (start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)", ex);
		}
		String base = pgAdminUrl();
		return base.substring(0, base.lastIndexOf('/') + 1) + name;
	}

}
