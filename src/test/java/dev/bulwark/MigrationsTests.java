package dev.bulwark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations: all of them apply to an empty database of the engine under test (H2, or
 * PostgreSQL in the second pass), and versions only ever grow. A new file's version must
 * be above every version released (listed in {@code db/released-migrations.txt}), because
 * Flyway refuses a migration below the version an installation has already reached; a
 * released file is never edited, renamed or removed.
 */
class MigrationsTests {

	private static final String RELEASED = "db/released-migrations.txt";

	private static final Pattern FILE = Pattern.compile("(common|h2|postgresql)/V([0-9_.]+)__\\w+\\.sql");

	@Test
	void everyMigrationAppliesToAnEmptyDatabase() throws SQLException {
		boolean postgres = TestDatabaseEnvironment.isPostgres();
		String name = "bulwark_test_" + (System.currentTimeMillis() / 1000) + "_migrations_"
				+ UUID.randomUUID().toString().substring(0, 8);
		String url = postgres ? TestDatabaseEnvironment.createPostgresDatabase(name) : "jdbc:h2:mem:" + name
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		String user = postgres ? TestDatabaseEnvironment.pgUser() : "sa";
		String engine = postgres ? "postgresql" : "h2";
		List<Migration> files = current();
		long expected = files.stream()
			.filter((migration) -> migration.folder().equals("common") || migration.folder().equals(engine))
			.count();

		Flyway flyway = Flyway.configure()
			.dataSource(url, user, "")
			.locations("classpath:db/migration/common", "classpath:db/migration/" + engine)
			.load();
		MigrateResult result = flyway.migrate();

		assertThat(result.success).isTrue();
		assertThat(result.migrationsExecuted).isEqualTo((int) expected);
		assertThat(flyway.info().pending()).isEmpty();
		flyway.validate();
		try (Connection connection = DriverManager.getConnection(url, user, "")) {
			if (!postgres) {
				connection.createStatement().execute("shutdown");
			}
		}
	}

	@Test
	void newMigrationsComeAfterEveryReleasedOneAndReleasedOnesStayAsTheyWere() {
		assertThat(problems(released(), current()))
			.as("at release, add to " + RELEASED + ": " + String.join(", ", releaseLines(released(), current())))
			.isEmpty();
	}

	@Test
	void theReleasedListIsReadAndNotEmpty() {
		assertThat(released()).extracting(Migration::path).contains("common/V1__platform.sql");
	}

	// The rule itself, tested on made-up lists

	@Test
	void aNewMigrationBelowAReleasedVersionIsAProblem() {
		List<Migration> released = List.of(migration("common/V20__inventory.sql", 1),
				migration("common/V50__policies.sql", 2));
		List<Migration> current = List.of(migration("common/V20__inventory.sql", 1),
				migration("common/V50__policies.sql", 2), migration("common/V21__inventory_more.sql", 3));
		assertThat(problems(released, current)).singleElement()
			.asString()
			.contains("common/V21__inventory_more.sql")
			.contains("above 50");
	}

	@Test
	void aNewMigrationAtAReleasedVersionIsAProblem() {
		List<Migration> released = List.of(migration("common/V50__policies.sql", 2));
		List<Migration> current = List.of(migration("common/V50__policies.sql", 2),
				migration("common/V50__vendors.sql", 3));
		assertThat(problems(released, current)).hasSize(2).allSatisfy((problem) -> assertThat(problem).contains("V50"));
	}

	@Test
	void anEditedOrRemovedReleasedMigrationIsAProblem() {
		List<Migration> released = List.of(migration("common/V20__inventory.sql", 1),
				migration("common/V30__assessment.sql", 2));
		List<Migration> current = List.of(migration("common/V20__inventory.sql", 9));
		assertThat(problems(released, current)).hasSize(2)
			.anySatisfy((problem) -> assertThat(problem).contains("V20__inventory.sql").contains("edited"))
			.anySatisfy((problem) -> assertThat(problem).contains("V30__assessment.sql").contains("missing"));
	}

	@Test
	void newMigrationsAboveEveryReleasedVersionAreNoProblem() {
		List<Migration> released = List.of(migration("common/V50__policies.sql", 2), migration("h2/V35__audit.sql", 4),
				migration("postgresql/V35__audit.sql", 5));
		List<Migration> current = List.of(migration("common/V50__policies.sql", 2), migration("h2/V35__audit.sql", 4),
				migration("postgresql/V35__audit.sql", 5), migration("common/V55__workforce.sql", 6),
				migration("h2/V60__vendors.sql", 7), migration("postgresql/V60__vendors.sql", 8));
		assertThat(problems(released, current)).isEmpty();
	}

	@Test
	void twoNewFilesWithOneVersionAreAProblemUnlessOnePerEngine() {
		List<Migration> current = List.of(migration("common/V60__vendors.sql", 1),
				migration("common/V60__training.sql", 2), migration("h2/V61__x.sql", 3),
				migration("postgresql/V61__x.sql", 4), migration("common/V62__y.sql", 5),
				migration("h2/V62__y.sql", 6));
		assertThat(problems(List.of(), current)).hasSize(2)
			.anySatisfy((problem) -> assertThat(problem).contains("V60"))
			.anySatisfy((problem) -> assertThat(problem).contains("V62"));
	}

	/** What is wrong with {@code current} given what was {@code released}. */
	static List<String> problems(List<Migration> released, List<Migration> current) {
		List<String> problems = new ArrayList<>();
		Map<String, Migration> byPath = new LinkedHashMap<>();
		current.forEach((migration) -> byPath.put(migration.path(), migration));
		MigrationVersion highest = MigrationVersion.EMPTY;
		for (Migration migration : released) {
			Migration now = byPath.get(migration.path());
			if (now == null) {
				problems.add(migration.path() + " was released but is missing: a released migration is never "
						+ "renamed or removed");
			}
			else if (now.checksum() != migration.checksum()) {
				problems.add(migration.path() + " was released but has been edited: add a new migration instead");
			}
			if (migration.version().isNewerThan(highest)) {
				highest = migration.version();
			}
		}
		List<String> releasedPaths = released.stream().map(Migration::path).toList();
		for (Migration migration : current) {
			if (releasedPaths.contains(migration.path())) {
				continue;
			}
			if (!migration.version().isNewerThan(highest)) {
				problems.add(migration.path() + ": a new migration's version must be above " + highest
						+ ", the highest released one (Flyway refuses a version below what an installation has "
						+ "reached)");
			}
		}
		Map<MigrationVersion, List<Migration>> byVersion = new LinkedHashMap<>();
		current.forEach(
				(migration) -> byVersion.computeIfAbsent(migration.version(), (v) -> new ArrayList<>()).add(migration));
		byVersion.forEach((version, migrations) -> {
			boolean onePerEngine = migrations.size() == 2
					&& migrations.stream().map(Migration::folder).sorted().toList().equals(List.of("h2", "postgresql"));
			if (migrations.size() > 1 && !onePerEngine) {
				problems.add("V" + version + " is used by " + migrations.stream().map(Migration::path).toList()
						+ ": one version per migration (or one file for each engine)");
			}
		});
		return problems;
	}

	/** The lines to add to the released list for the files not on it yet. */
	static List<String> releaseLines(List<Migration> released, List<Migration> current) {
		List<String> releasedPaths = released.stream().map(Migration::path).toList();
		return current.stream()
			.filter((migration) -> !releasedPaths.contains(migration.path()))
			.map((migration) -> migration.path() + " " + migration.checksum())
			.toList();
	}

	/** The migration files on the class path, in version order. */
	static List<Migration> current() {
		List<Migration> migrations = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:db/migration/*/*.sql")) {
				String url = resource.getURL().toString();
				String path = url.substring(url.indexOf("db/migration/") + "db/migration/".length());
				try (InputStream in = resource.getInputStream()) {
					migrations.add(migration(path, checksum(in.readAllBytes())));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		migrations.sort(Comparator.comparing(Migration::version).thenComparing(Migration::path));
		return migrations;
	}

	static List<Migration> released() {
		List<Migration> migrations = new ArrayList<>();
		try (InputStream in = MigrationsTests.class.getClassLoader().getResourceAsStream(RELEASED)) {
			assertThat(in).as(RELEASED).isNotNull();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String text = line.strip();
				if (text.isEmpty() || text.startsWith("#")) {
					continue;
				}
				String[] parts = text.split("\\s+");
				migrations.add(migration(parts[0], Long.parseLong(parts[1])));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return migrations;
	}

	/** CRC-32 of the file with its line endings as {@code \n}. */
	static long checksum(byte[] content) {
		CRC32 crc = new CRC32();
		crc.update(new String(content, StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
		return crc.getValue();
	}

	static Migration migration(String path, long checksum) {
		Matcher matcher = FILE.matcher(path);
		if (!matcher.matches()) {
			throw new IllegalArgumentException(
					path + " is not named <common|h2|postgresql>/V<version>__<description>.sql");
		}
		return new Migration(path, matcher.group(1), MigrationVersion.fromVersion(matcher.group(2)), checksum);
	}

	record Migration(String path, String folder, MigrationVersion version, long checksum) {

	}

}
