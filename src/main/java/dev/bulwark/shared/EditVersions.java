package dev.bulwark.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Optimistic locking of edited records: two people who open the same record and save do
 * not silently overwrite each other. A record's {@code version} column counts its edits;
 * the edit form carries the version it was opened at (a hidden field; {@code If-Match} in
 * the API, whose GET answers it as the {@code ETag}), and {@link #edit} moves the version
 * on only if it is still the one opened, in the same transaction as the change. The
 * second person gets a {@link StateConflictException} (the message above the form, 409
 * from the API) and reloads: nothing of the first person's change is lost.
 * <p>
 * The moved-on version row stays locked until the change commits, so two nodes saving at
 * the same moment take turns and the second sees the conflict. Without a version (a
 * script that sends no {@code If-Match}) the edit goes through and still moves the
 * version on, so people with the record open learn of it. See
 * {@code docs/adr/0024-optimistic-locking-and-distribution.md}.
 */
@Component
public class EditVersions {

	/** The tables whose records are edited under a version. */
	private static final Set<String> TABLES = Set.of("inv_asset", "asm_risk", "vnd_vendor", "pol_version");

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	EditVersions(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** The record's current version, or empty when it is not in this practice. */
	public Optional<Long> current(String table, UUID practiceId, UUID id) {
		return this.jdbc.sql("select version from " + checked(table) + " where practice_id = :p and id = :id")
			.param("p", practiceId)
			.param("id", id)
			.query(Long.class)
			.optional();
	}

	/**
	 * Runs {@code change} in one transaction with the record's version moved on, if the
	 * version is still {@code expected} (any version when null).
	 * @param noun the record in words for the message ("asset", "risk")
	 * @throws StateConflictException if someone else saved the record since
	 * {@code expected}
	 */
	public <T> T edit(String table, String noun, UUID practiceId, UUID id, @Nullable Long expected,
			Supplier<T> change) {
		return this.transactions.execute((status) -> {
			int moved = (expected != null)
					? this.jdbc
						.sql("update " + checked(table)
								+ " set version = version + 1 where practice_id = :p and id = :id and version = :v")
						.param("p", practiceId)
						.param("id", id)
						.param("v", expected)
						.update()
					: this.jdbc
						.sql("update " + checked(table)
								+ " set version = version + 1 where practice_id = :p and id = :id")
						.param("p", practiceId)
						.param("id", id)
						.update();
			if (moved == 0 && current(table, practiceId, id).isPresent()) {
				throw StateConflictException.of("Someone else changed this " + noun
						+ " since you opened it. Reload to see their changes, then make yours again.");
			}
			// Not in this practice: the change itself answers as for any unknown id.
			return change.get();
		});
	}

	/**
	 * The version an API client read ({@code If-Match: "3"}, or a weak or unquoted form),
	 * or null when it sent none.
	 */
	public static @Nullable Long fromIfMatch(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
			return null;
		}
		String value = ifMatch.trim();
		if (value.toUpperCase(Locale.ROOT).startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of("If-Match",
					"Send the record's ETag as it came, such as \"3\", or leave If-Match out.");
		}
	}

	/** The ETag of a version, as {@code If-Match} takes it back. */
	public static String etag(long version) {
		return "\"" + version + "\"";
	}

	private static String checked(String table) {
		if (!TABLES.contains(table)) {
			throw new IllegalStateException("Not a versioned table: " + table);
		}
		return table;
	}

}
