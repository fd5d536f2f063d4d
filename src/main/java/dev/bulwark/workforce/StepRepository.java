package dev.bulwark.workforce;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Checklist steps. Every statement names the practice. */
@Repository
class StepRepository {

	static final String OFFBOARDING = "OFFBOARDING";

	private static final String SELECT = """
			select id, person_id, kind, account_id, title, clock_hours, done_at, done_by_name from wf_step
			""";

	private final JdbcClient jdbc;

	StepRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID practiceId, UUID personId, int position, Offboarding.NewStep step, Instant now) {
		this.jdbc.sql("""
				insert into wf_step (practice_id, id, person_id, phase, kind, account_id, title, position, clock_hours,
				    created_at)
				values (:practice, :id, :person, :phase, :kind, :account, :title, :position, :hours, :now)""")
			.param("practice", practiceId)
			.param("id", UUID.randomUUID())
			.param("person", personId)
			.param("phase", OFFBOARDING)
			.param("kind", step.kind())
			.param("account", step.accountId())
			.param("title", step.title())
			.param("position", position)
			.param("hours", step.clockHours())
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

	Optional<Offboarding.StepRow> find(UUID practiceId, UUID personId, UUID id) {
		return this.jdbc.sql(SELECT + " where practice_id = :practice and person_id = :person and id = :id")
			.param("practice", practiceId)
			.param("person", personId)
			.param("id", id)
			.query(StepRepository::row)
			.optional();
	}

	/** The open step that disables an account, if any. */
	Optional<Offboarding.StepRow> openForAccount(UUID practiceId, UUID accountId) {
		return this.jdbc.sql(SELECT + " where practice_id = :practice and account_id = :account and done_at is null")
			.param("practice", practiceId)
			.param("account", accountId)
			.query(StepRepository::row)
			.optional();
	}

	List<Offboarding.StepRow> forPerson(UUID practiceId, UUID personId) {
		return this.jdbc.sql(SELECT + " where practice_id = :practice and person_id = :person order by position")
			.param("practice", practiceId)
			.param("person", personId)
			.query(StepRepository::row)
			.list();
	}

	/** Every open offboarding step of the practice, for the calendar. */
	List<Offboarding.StepRow> open(UUID practiceId) {
		return this.jdbc.sql(SELECT + " where practice_id = :practice and done_at is null order by person_id, position")
			.param("practice", practiceId)
			.query(StepRepository::row)
			.list();
	}

	private static Offboarding.StepRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp doneAt = rs.getTimestamp("done_at");
		int hours = rs.getInt("clock_hours");
		return new Offboarding.StepRow(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				rs.getString("kind"), rs.getObject("account_id", UUID.class), rs.getString("title"),
				rs.wasNull() ? null : hours, (doneAt != null) ? doneAt.toInstant() : null,
				rs.getString("done_by_name"));
	}

}
