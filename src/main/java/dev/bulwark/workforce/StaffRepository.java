package dev.bulwark.workforce;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.shared.Choice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The roster. Every statement names the practice. */
@Repository
class StaffRepository {

	private static final String SELECT = """
			select p.id, p.name, p.job_role, p.workforce_type, p.started_on, p.ended_on, p.ended_at, p.supervisor_id,
			       s.name as supervisor_name, p.user_id, p.clearance_done, p.clearance_on, p.clearance_note
			from wf_person p
			left join wf_person s on s.practice_id = p.practice_id and s.id = p.supervisor_id
			""";

	private final JdbcClient jdbc;

	StaffRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Person person, Instant now) {
		StaffForm d = person.details();
		this.jdbc.sql("""
				insert into wf_person (practice_id, id, name, job_role, workforce_type, started_on, supervisor_id,
				    user_id, clearance_done, clearance_on, clearance_note, created_at, updated_at)
				values (:practice, :id, :name, :jobRole, :type, :startedOn, :supervisor, :user, :clearanceDone,
				    :clearanceOn, :clearanceNote, :now, :now)""")
			.param("practice", person.practiceId())
			.param("id", person.id())
			.param("name", d.name())
			.param("jobRole", d.jobRole())
			.param("type", d.workforceType().name())
			.param("startedOn", d.startedOn())
			.param("supervisor", d.supervisorId())
			.param("user", d.userId())
			.param("clearanceDone", d.clearanceDone())
			.param("clearanceOn", d.clearanceOn())
			.param("clearanceNote", d.clearanceNote())
			.param("now", Timestamp.from(now))
			.update();
	}

	void update(Person person, Instant now) {
		StaffForm d = person.details();
		this.jdbc.sql("""
				update wf_person set name = :name, job_role = :jobRole, workforce_type = :type, started_on = :startedOn,
				    supervisor_id = :supervisor, user_id = :user, clearance_done = :clearanceDone,
				    clearance_on = :clearanceOn, clearance_note = :clearanceNote, ended_on = :endedOn,
				    ended_at = :endedAt, updated_at = :now
				where practice_id = :practice and id = :id""")
			.param("name", d.name())
			.param("jobRole", d.jobRole())
			.param("type", d.workforceType().name())
			.param("startedOn", d.startedOn())
			.param("supervisor", d.supervisorId())
			.param("user", d.userId())
			.param("clearanceDone", d.clearanceDone())
			.param("clearanceOn", d.clearanceOn())
			.param("clearanceNote", d.clearanceNote())
			.param("endedOn", person.endedOn())
			.param("endedAt", (person.endedAt() != null) ? Timestamp.from(person.endedAt()) : null)
			.param("now", Timestamp.from(now))
			.param("practice", person.practiceId())
			.param("id", person.id())
			.update();
	}

	Optional<StaffMember> find(UUID practiceId, UUID id) {
		return this.jdbc.sql(SELECT + " where p.practice_id = :practice and p.id = :id")
			.param("practice", practiceId)
			.param("id", id)
			.query(StaffRepository::member)
			.optional();
	}

	/** The person linked to a Bulwark member, if any. */
	Optional<StaffMember> findByUser(UUID practiceId, UUID userId) {
		return this.jdbc.sql(SELECT + " where p.practice_id = :practice and p.user_id = :user")
			.param("practice", practiceId)
			.param("user", userId)
			.query(StaffRepository::member)
			.optional();
	}

	/** One page of the roster: people still working first, then by name. */
	List<StaffMember> list(UUID practiceId, int offset, int size) {
		return this.jdbc.sql(SELECT + """
				 where p.practice_id = :practice
				order by case when p.ended_at is null then 0 else 1 end, lower(p.name), p.id
				limit :size offset :offset""")
			.param("practice", practiceId)
			.param("offset", offset)
			.param("size", size)
			.query(StaffRepository::member)
			.list();
	}

	/** The whole roster, for findings, reports and the binder. */
	List<StaffMember> all(UUID practiceId) {
		return this.jdbc.sql(SELECT + " where p.practice_id = :practice order by lower(p.name), p.id")
			.param("practice", practiceId)
			.query(StaffRepository::member)
			.list();
	}

	long count(UUID practiceId) {
		return this.jdbc.sql("select count(*) from wf_person where practice_id = :practice")
			.param("practice", practiceId)
			.query(Long.class)
			.single();
	}

	/** Everyone still working, as the options of a drop-down. */
	List<Choice> activeChoices(UUID practiceId) {
		return this.jdbc.sql("""
				select id, name, job_role from wf_person where practice_id = :practice and ended_at is null
				order by lower(name), id""")
			.param("practice", practiceId)
			.query((rs, n) -> Choice.of(rs.getObject("id", UUID.class), label(rs)))
			.list();
	}

	private static String label(ResultSet rs) throws SQLException {
		String role = rs.getString("job_role");
		return rs.getString("name") + ((role != null) ? " (" + role + ")" : "");
	}

	private static StaffMember member(ResultSet rs, int row) throws SQLException {
		Timestamp endedAt = rs.getTimestamp("ended_at");
		return new StaffMember(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("job_role"),
				WorkforceType.valueOf(rs.getString("workforce_type")), rs.getObject("started_on", LocalDate.class),
				rs.getObject("ended_on", LocalDate.class), (endedAt != null) ? endedAt.toInstant() : null,
				rs.getObject("supervisor_id", UUID.class), rs.getString("supervisor_name"),
				rs.getObject("user_id", UUID.class), rs.getBoolean("clearance_done"),
				rs.getObject("clearance_on", LocalDate.class), rs.getString("clearance_note"));
	}

}
