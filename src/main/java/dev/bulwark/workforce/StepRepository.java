package dev.bulwark.workforce;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Onboarding and offboarding checklist steps. Every statement names the practice and the
 * phase, so a step of one checklist is never found through the other.
 */
@Repository
class StepRepository {

	static final String OFFBOARDING = "OFFBOARDING";

	static final String ONBOARDING = "ONBOARDING";

	private static final String SELECT = """
			select id, person_id, kind, account_id, title, clock_hours, overdue_at, done_at, done_by_name from wf_step
			""";

	private final JdbcClient jdbc;

	StepRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID practiceId, UUID personId, int position, Offboarding.NewStep step, Instant now) {
		insert(practiceId, personId, OFFBOARDING, position, step.kind(), step.accountId(), step.title(),
				step.clockHours(), now);
	}

	void insert(UUID practiceId, UUID personId, String phase, int position, String kind, UUID accountId, String title,
			Integer clockHours, Instant now) {
		this.jdbc.sql("""
				insert into wf_step (practice_id, id, person_id, phase, kind, account_id, title, position, clock_hours,
				    created_at)
				values (:practice, :id, :person, :phase, :kind, :account, :title, :position, :hours, :now)""")
			.param("practice", practiceId)
			.param("id", UUID.randomUUID())
			.param("person", personId)
			.param("phase", phase)
			.param("kind", kind)
			.param("account", accountId)
			.param("title", title)
			.param("position", position)
			.param("hours", clockHours)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Marks a step done; returns whether it was still open. */
	boolean done(UUID practiceId, UUID id, UUID userId, String userName, String note, Instant now) {
		return this.jdbc.sql("""
				update wf_step set done_at = :now, done_by = :user, done_by_name = :name, note = :note
				where practice_id = :practice and id = :id and done_at is null""")
			.param("now", Timestamp.from(now))
			.param("user", userId)
			.param("name", userName)
			.param("note", note)
			.param("practice", practiceId)
			.param("id", id)
			.update() > 0;
	}

	/** Records when the daily tick found an open step past its deadline, or clears it. */
	void overdue(UUID practiceId, UUID id, Instant since) {
		this.jdbc.sql("update wf_step set overdue_at = :since where practice_id = :practice and id = :id")
			.param("since", (since != null) ? Timestamp.from(since) : null)
			.param("practice", practiceId)
			.param("id", id)
			.update();
	}

	Optional<Offboarding.StepRow> find(UUID practiceId, UUID personId, String phase, UUID id) {
		return this.jdbc
			.sql(SELECT + " where practice_id = :practice and person_id = :person and phase = :phase and id = :id")
			.param("practice", practiceId)
			.param("person", personId)
			.param("phase", phase)
			.param("id", id)
			.query(StepRepository::row)
			.optional();
	}

	/** The open offboarding step that disables an account, if any. */
	Optional<Offboarding.StepRow> openForAccount(UUID practiceId, UUID accountId) {
		return this.jdbc.sql(
				SELECT + """
						where practice_id = :practice and phase = 'OFFBOARDING' and account_id = :account and done_at is null""")
			.param("practice", practiceId)
			.param("account", accountId)
			.query(StepRepository::row)
			.optional();
	}

	List<Offboarding.StepRow> forPerson(UUID practiceId, UUID personId, String phase) {
		return this.jdbc
			.sql(SELECT + " where practice_id = :practice and person_id = :person and phase = :phase order by position")
			.param("practice", practiceId)
			.param("person", personId)
			.param("phase", phase)
			.query(StepRepository::row)
			.list();
	}

	/** Every offboarding step of a person (kept for the binder). */
	List<Offboarding.StepRow> forPerson(UUID practiceId, UUID personId) {
		return forPerson(practiceId, personId, OFFBOARDING);
	}

	/**
	 * Every open offboarding step of the practice, for the calendar and the daily tick.
	 */
	List<Offboarding.StepRow> open(UUID practiceId) {
		return this.jdbc.sql(SELECT + """
				 where practice_id = :practice and phase = 'OFFBOARDING' and done_at is null
				order by person_id, position""").param("practice", practiceId).query(StepRepository::row).list();
	}

	/** Every step of a phase, for the binder: by person, in order. */
	List<Offboarding.StepRow> all(UUID practiceId, String phase) {
		return this.jdbc.sql(SELECT + " where practice_id = :practice and phase = :phase order by person_id, position")
			.param("practice", practiceId)
			.param("phase", phase)
			.query(StepRepository::row)
			.list();
	}

	private static Offboarding.StepRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp doneAt = rs.getTimestamp("done_at");
		Timestamp overdueAt = rs.getTimestamp("overdue_at");
		int hours = rs.getInt("clock_hours");
		Integer clockHours = rs.wasNull() ? null : hours;
		return new Offboarding.StepRow(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				rs.getString("kind"), rs.getObject("account_id", UUID.class), rs.getString("title"), clockHours,
				(overdueAt != null) ? overdueAt.toInstant() : null, (doneAt != null) ? doneAt.toInstant() : null,
				rs.getString("done_by_name"));
	}

}
