package dev.bulwark.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attempts and assignments; every statement names the practice. */
@Repository
class TrainingRepository {

	private static final String ATTEMPT_COLUMNS = "id, user_id, person_name, module_key, module_title, module_version, "
			+ "correct, total, score, pass_mark, passed, answers, taken_on, taken_at";

	private static final String ASSIGNMENT_COLUMNS = "id, user_id, person_name, module_key, reason, assigned_on, due_on, "
			+ "overdue, completed_on, attempt_id";

	private final JdbcClient jdbc;

	TrainingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Attempts

	void insert(UUID practiceId, Attempt attempt) {
		this.jdbc.sql("insert into trn_attempt (practice_id, " + ATTEMPT_COLUMNS
				+ ") values (:practiceId, :id, :userId, "
				+ ":person, :moduleKey, :moduleTitle, :version, :correct, :total, :score, :passMark, :passed, :answers, "
				+ ":takenOn, :takenAt)")
			.param("practiceId", practiceId)
			.param("id", attempt.id())
			.param("userId", attempt.userId())
			.param("person", attempt.personName())
			.param("moduleKey", attempt.moduleKey())
			.param("moduleTitle", attempt.moduleTitle())
			.param("version", attempt.moduleVersion())
			.param("correct", attempt.correct())
			.param("total", attempt.total())
			.param("score", attempt.score())
			.param("passMark", attempt.passMark())
			.param("passed", attempt.passed())
			.param("answers", attempt.answers().stream().map(String::valueOf).collect(Collectors.joining(",")))
			.param("takenOn", attempt.takenOn())
			.param("takenAt", Timestamp.from(attempt.takenAt()))
			.update();
	}

	Optional<Attempt> attempt(UUID practiceId, UUID id) {
		return this.jdbc
			.sql("select " + ATTEMPT_COLUMNS + " from trn_attempt where practice_id = :practiceId and id = :id")
			.param("practiceId", practiceId)
			.param("id", id)
			.query(TrainingRepository::attempt)
			.optional();
	}

	/** A person's attempts, newest first. */
	List<Attempt> attemptsOf(UUID practiceId, UUID userId) {
		return this.jdbc
			.sql("select " + ATTEMPT_COLUMNS
					+ " from trn_attempt where practice_id = :practiceId and user_id = :userId "
					+ "order by taken_at desc, id")
			.param("practiceId", practiceId)
			.param("userId", userId)
			.query(TrainingRepository::attempt)
			.list();
	}

	/**
	 * Completion records (passed attempts), newest first, one page; a person's only when
	 * {@code userId} is given.
	 */
	List<Attempt> completions(UUID practiceId, UUID userId, int offset, int limit) {
		String person = (userId != null) ? " and user_id = :userId" : "";
		var sql = this.jdbc
			.sql("select " + ATTEMPT_COLUMNS + " from trn_attempt where practice_id = :practiceId and passed = true"
					+ person + " order by taken_at desc, id limit :limit offset :offset")
			.param("practiceId", practiceId)
			.param("offset", offset)
			.param("limit", limit);
		if (userId != null) {
			sql = sql.param("userId", userId);
		}
		return sql.query(TrainingRepository::attempt).list();
	}

	long countCompletions(UUID practiceId, UUID userId) {
		String person = (userId != null) ? " and user_id = :userId" : "";
		var sql = this.jdbc
			.sql("select count(*) from trn_attempt where practice_id = :practiceId and passed = true" + person)
			.param("practiceId", practiceId);
		if (userId != null) {
			sql = sql.param("userId", userId);
		}
		return sql.query(Long.class).single();
	}

	/** Every completion record, for reports and the matrix. */
	List<Attempt> allCompletions(UUID practiceId) {
		return this.jdbc
			.sql("select " + ATTEMPT_COLUMNS + " from trn_attempt where practice_id = :practiceId and passed = true "
					+ "order by taken_at desc, id")
			.param("practiceId", practiceId)
			.query(TrainingRepository::attempt)
			.list();
	}

	// Assignments

	void insert(UUID practiceId, Assignment assignment, UUID assignedBy, Instant now) {
		this.jdbc
			.sql("insert into trn_assignment (practice_id, " + ASSIGNMENT_COLUMNS + ", assigned_by, created_at) "
					+ "values (:practiceId, :id, :userId, :person, :moduleKey, :reason, :assignedOn, :dueOn, :overdue, "
					+ ":completedOn, :attemptId, :assignedBy, :now)")
			.param("practiceId", practiceId)
			.param("id", assignment.id())
			.param("userId", assignment.userId())
			.param("person", assignment.personName())
			.param("moduleKey", assignment.moduleKey())
			.param("reason", assignment.reason().name())
			.param("assignedOn", assignment.assignedOn())
			.param("dueOn", assignment.dueOn())
			.param("overdue", assignment.overdue())
			.param("completedOn", assignment.completedOn())
			.param("attemptId", assignment.attemptId())
			.param("assignedBy", assignedBy)
			.param("now", Timestamp.from(now))
			.update();
	}

	void complete(UUID practiceId, UUID assignmentId, LocalDate completedOn, UUID attemptId) {
		this.jdbc
			.sql("update trn_assignment set completed_on = :completedOn, attempt_id = :attemptId "
					+ "where practice_id = :practiceId and id = :id")
			.param("completedOn", completedOn)
			.param("attemptId", attemptId)
			.param("practiceId", practiceId)
			.param("id", assignmentId)
			.update();
	}

	void markOverdue(UUID practiceId, UUID assignmentId) {
		this.jdbc.sql("update trn_assignment set overdue = true where practice_id = :practiceId and id = :id")
			.param("practiceId", practiceId)
			.param("id", assignmentId)
			.update();
	}

	/** Open assignments of the practice, earliest due first. */
	List<Assignment> openAssignments(UUID practiceId) {
		return this.jdbc
			.sql("select " + ASSIGNMENT_COLUMNS + " from trn_assignment where practice_id = :practiceId "
					+ "and completed_on is null order by due_on, person_name, module_key")
			.param("practiceId", practiceId)
			.query(TrainingRepository::assignment)
			.list();
	}

	/** A person's open assignments, earliest due first. */
	List<Assignment> openAssignmentsOf(UUID practiceId, UUID userId) {
		return this.jdbc
			.sql("select " + ASSIGNMENT_COLUMNS + " from trn_assignment where practice_id = :practiceId "
					+ "and user_id = :userId and completed_on is null order by due_on, module_key")
			.param("practiceId", practiceId)
			.param("userId", userId)
			.query(TrainingRepository::assignment)
			.list();
	}

	private static Attempt attempt(ResultSet rs, int row) throws SQLException {
		String answers = rs.getString("answers");
		return new Attempt(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
				rs.getString("person_name"), rs.getString("module_key"), rs.getString("module_title"),
				rs.getInt("module_version"), rs.getInt("correct"), rs.getInt("total"), rs.getInt("score"),
				rs.getInt("pass_mark"), rs.getBoolean("passed"),
				answers.isEmpty() ? List.of() : Arrays.stream(answers.split(",")).map(Integer::valueOf).toList(),
				rs.getObject("taken_on", LocalDate.class), rs.getTimestamp("taken_at").toInstant());
	}

	private static Assignment assignment(ResultSet rs, int row) throws SQLException {
		return new Assignment(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
				rs.getString("person_name"), rs.getString("module_key"),
				Assignment.Reason.valueOf(rs.getString("reason")), rs.getObject("assigned_on", LocalDate.class),
				rs.getObject("due_on", LocalDate.class), rs.getBoolean("overdue"),
				rs.getObject("completed_on", LocalDate.class), rs.getObject("attempt_id", UUID.class));
	}

}
