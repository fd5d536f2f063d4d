package dev.bulwark.contingency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The backup register, the restore tests and the criticality analysis. Every statement
 * names {@code practice_id}. System names are the inventory's and are filled in by the
 * facade.
 */
@Repository
class RegisterRepository {

	/** Rows per page, on pages and in the API. */
	static final int PAGE_SIZE = 50;

	private static final String BACKUP = """
			select id, asset_id, what, frequency, location, media, encrypted, immutable_copy, retention,
			last_succeeded_at, notes, created_at from cnt_backup""";

	private static final String RESTORE_TEST = """
			select id, asset_id, performed_on, what, duration_minutes, outcome, performed_by, notes
			from cnt_restore_test""";

	private final JdbcClient jdbc;

	RegisterRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Backups

	void insertBackup(UUID practiceId, BackupDetails backup, Instant now) {
		this.jdbc.sql("""
				insert into cnt_backup (practice_id, id, asset_id, what, frequency, location, media, encrypted,
				immutable_copy, retention, last_succeeded_at, notes, created_at, updated_at)
				values (:practiceId, :id, :assetId, :what, :frequency, :location, :media, :encrypted, :immutable,
				:retention, :last, :notes, :now, :now)""")
			.param("practiceId", practiceId)
			.param("id", backup.id())
			.param("assetId", backup.assetId())
			.param("what", backup.what())
			.param("frequency", backup.frequency().name())
			.param("location", backup.location().name())
			.param("media", backup.media().name())
			.param("encrypted", backup.encrypted().name())
			.param("immutable", backup.immutable().name())
			.param("retention", backup.retention())
			.param("last", timestamp(backup.lastSucceededAt()))
			.param("notes", backup.notes())
			.param("now", Timestamp.from(now))
			.update();
	}

	void updateBackup(UUID practiceId, BackupDetails backup, Instant now) {
		this.jdbc.sql("""
				update cnt_backup set asset_id = :assetId, what = :what, frequency = :frequency, location = :location,
				media = :media, encrypted = :encrypted, immutable_copy = :immutable, retention = :retention,
				last_succeeded_at = :last, notes = :notes, updated_at = :now
				where practice_id = :practiceId and id = :id""")
			.param("practiceId", practiceId)
			.param("id", backup.id())
			.param("assetId", backup.assetId())
			.param("what", backup.what())
			.param("frequency", backup.frequency().name())
			.param("location", backup.location().name())
			.param("media", backup.media().name())
			.param("encrypted", backup.encrypted().name())
			.param("immutable", backup.immutable().name())
			.param("retention", backup.retention())
			.param("last", timestamp(backup.lastSucceededAt()))
			.param("notes", backup.notes())
			.param("now", Timestamp.from(now))
			.update();
	}

	void deleteBackup(UUID practiceId, UUID id) {
		this.jdbc.sql("delete from cnt_backup where practice_id = :practiceId and id = :id")
			.param("practiceId", practiceId)
			.param("id", id)
			.update();
	}

	Optional<BackupDetails> backup(UUID practiceId, UUID id) {
		return this.jdbc.sql(BACKUP + " where practice_id = :practiceId and id = :id")
			.param("practiceId", practiceId)
			.param("id", id)
			.query(RegisterRepository::backup)
			.optional();
	}

	/** One page of the register, newest first. */
	List<BackupDetails> backups(UUID practiceId, int offset) {
		return this.jdbc
			.sql(BACKUP + " where practice_id = :practiceId order by created_at desc, id limit " + PAGE_SIZE
					+ " offset " + offset)
			.param("practiceId", practiceId)
			.query(RegisterRepository::backup)
			.list();
	}

	long countBackups(UUID practiceId) {
		return this.jdbc.sql("select count(*) from cnt_backup where practice_id = :practiceId")
			.param("practiceId", practiceId)
			.query(Long.class)
			.single();
	}

	/** The whole register, for the checks, the plan and the binder. */
	List<BackupDetails> allBackups(UUID practiceId) {
		return this.jdbc.sql(BACKUP + " where practice_id = :practiceId order by created_at, id")
			.param("practiceId", practiceId)
			.query(RegisterRepository::backup)
			.list();
	}

	// Restore tests

	void insertRestoreTest(UUID practiceId, RestoreTestDetails test, UUID recordedBy, Instant now) {
		this.jdbc.sql("""
				insert into cnt_restore_test (practice_id, id, asset_id, performed_on, what, duration_minutes, outcome,
				performed_by, notes, recorded_by, created_at)
				values (:practiceId, :id, :assetId, :on, :what, :minutes, :outcome, :by, :notes, :recordedBy, :now)""")
			.param("practiceId", practiceId)
			.param("id", test.id())
			.param("assetId", test.assetId())
			.param("on", test.performedOn())
			.param("what", test.what())
			.param("minutes", test.durationMinutes())
			.param("outcome", test.outcome().name())
			.param("by", test.performedBy())
			.param("notes", test.notes())
			.param("recordedBy", recordedBy)
			.param("now", Timestamp.from(now))
			.update();
	}

	Optional<RestoreTestDetails> restoreTest(UUID practiceId, UUID id) {
		return this.jdbc.sql(RESTORE_TEST + " where practice_id = :practiceId and id = :id")
			.param("practiceId", practiceId)
			.param("id", id)
			.query(RegisterRepository::restoreTest)
			.optional();
	}

	/** One page of restore tests, newest first. */
	List<RestoreTestDetails> restoreTests(UUID practiceId, int offset) {
		return this.jdbc
			.sql(RESTORE_TEST
					+ " where practice_id = :practiceId order by performed_on desc, created_at desc, id limit "
					+ PAGE_SIZE + " offset " + offset)
			.param("practiceId", practiceId)
			.query(RegisterRepository::restoreTest)
			.list();
	}

	long countRestoreTests(UUID practiceId) {
		return this.jdbc.sql("select count(*) from cnt_restore_test where practice_id = :practiceId")
			.param("practiceId", practiceId)
			.query(Long.class)
			.single();
	}

	/**
	 * The newest restore test of each system and outcome: what the checks need, a handful
	 * of rows per system.
	 */
	List<RestoreTestDetails> newestRestoreTests(UUID practiceId) {
		return this.jdbc
			.sql(RESTORE_TEST + " t where t.practice_id = :practiceId and not exists ("
					+ "select 1 from cnt_restore_test n where n.practice_id = :practiceId and n.asset_id = t.asset_id "
					+ "and n.outcome = t.outcome and (n.performed_on > t.performed_on "
					+ "or (n.performed_on = t.performed_on and n.created_at > t.created_at) "
					+ "or (n.performed_on = t.performed_on and n.created_at = t.created_at and n.id > t.id)))")
			.param("practiceId", practiceId)
			.query(RegisterRepository::restoreTest)
			.list();
	}

	/** Every restore test since a day, oldest first, for the binder. */
	List<RestoreTestDetails> restoreTestsSince(UUID practiceId, LocalDate from) {
		return this.jdbc
			.sql(RESTORE_TEST + " where practice_id = :practiceId and performed_on >= :from "
					+ "order by performed_on, created_at, id")
			.param("practiceId", practiceId)
			.param("from", from)
			.query(RegisterRepository::restoreTest)
			.list();
	}

	// Criticality

	void saveCriticality(UUID practiceId, CriticalityDetails details, Instant now) {
		int updated = this.jdbc.sql("""
				update cnt_criticality set priority = :priority, rto_hours = :rto, rpo_hours = :rpo,
				test_every_months = :months, notes = :notes, updated_at = :now
				where practice_id = :practiceId and asset_id = :assetId""")
			.param("practiceId", practiceId)
			.param("assetId", details.assetId())
			.param("priority", details.priority())
			.param("rto", details.rtoHours())
			.param("rpo", details.rpoHours())
			.param("months", details.testEveryMonths())
			.param("notes", details.notes())
			.param("now", Timestamp.from(now))
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into cnt_criticality (practice_id, asset_id, priority, rto_hours, rpo_hours,
					test_every_months, notes, updated_at)
					values (:practiceId, :assetId, :priority, :rto, :rpo, :months, :notes, :now)""")
				.param("practiceId", practiceId)
				.param("assetId", details.assetId())
				.param("priority", details.priority())
				.param("rto", details.rtoHours())
				.param("rpo", details.rpoHours())
				.param("months", details.testEveryMonths())
				.param("notes", details.notes())
				.param("now", Timestamp.from(now))
				.update();
		}
	}

	int deleteCriticality(UUID practiceId, UUID assetId) {
		return this.jdbc.sql("delete from cnt_criticality where practice_id = :practiceId and asset_id = :assetId")
			.param("practiceId", practiceId)
			.param("assetId", assetId)
			.update();
	}

	/** The whole analysis: one row per ranked system. */
	List<CriticalityDetails> criticality(UUID practiceId) {
		return this.jdbc.sql("""
				select asset_id, priority, rto_hours, rpo_hours, test_every_months, notes from cnt_criticality
				where practice_id = :practiceId order by priority, asset_id""")
			.param("practiceId", practiceId)
			.query((rs, row) -> new CriticalityDetails(rs.getObject("asset_id", UUID.class), rs.getInt("priority"),
					rs.getInt("rto_hours"), rs.getInt("rpo_hours"), rs.getInt("test_every_months"),
					rs.getString("notes")))
			.list();
	}

	private static BackupDetails backup(ResultSet rs, int row) throws SQLException {
		return new BackupDetails(rs.getObject("id", UUID.class), rs.getObject("asset_id", UUID.class), null,
				rs.getString("what"), BackupFrequency.valueOf(rs.getString("frequency")),
				BackupLocation.valueOf(rs.getString("location")), BackupMedia.valueOf(rs.getString("media")),
				Answer.valueOf(rs.getString("encrypted")), Answer.valueOf(rs.getString("immutable_copy")),
				rs.getString("retention"), instant(rs, "last_succeeded_at"), rs.getString("notes"),
				instant(rs, "created_at"));
	}

	private static RestoreTestDetails restoreTest(ResultSet rs, int row) throws SQLException {
		return new RestoreTestDetails(rs.getObject("id", UUID.class), rs.getObject("asset_id", UUID.class), null,
				rs.getObject("performed_on", LocalDate.class), rs.getString("what"), rs.getInt("duration_minutes"),
				RestoreOutcome.valueOf(rs.getString("outcome")), rs.getString("performed_by"), rs.getString("notes"));
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** When the practice's checks last ran, if they ever did. */
	java.util.Optional<Instant> checkedAt(UUID practiceId) {
		return this.jdbc.sql("select checked_at from cnt_check where practice_id = :practiceId")
			.param("practiceId", practiceId)
			.query((rs, row) -> rs.getTimestamp("checked_at").toInstant())
			.optional();
	}

	/** Records that the practice's checks ran at this instant. */
	void saveCheckedAt(UUID practiceId, Instant at) {
		int updated = this.jdbc.sql("update cnt_check set checked_at = :at where practice_id = :practiceId")
			.param("practiceId", practiceId)
			.param("at", java.sql.Timestamp.from(at))
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into cnt_check (practice_id, checked_at) values (:practiceId, :at)")
				.param("practiceId", practiceId)
				.param("at", java.sql.Timestamp.from(at))
				.update();
		}
	}

}
