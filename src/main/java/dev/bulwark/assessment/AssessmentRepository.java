package dev.bulwark.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assessments, their profile, answers and decisions. Every query filters by practice. */
@Repository
class AssessmentRepository {

	private static final String COLUMNS = """
			id, title, status, catalog_version, nprm_mode, risk_matrix, previous_id, created_at, created_by, updated_at,
			submitted_at, submitted_by, signed_off_at, signed_off_by, signed_off_name, attestation, register_snapshot""";

	private final JdbcClient jdbc;

	AssessmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID practiceId, AssessmentRow row) {
		this.jdbc
			.sql("""
					insert into asm_assessment (practice_id, id, title, status, catalog_version, nprm_mode, risk_matrix,
					previous_id, created_at, created_by, updated_at)
					values (:p, :id, :title, :status, :version, :nprm, :matrix, :previous, :created, :createdBy, :created)""")
			.param("p", practiceId)
			.param("id", row.id())
			.param("title", row.title())
			.param("status", row.status().name())
			.param("version", row.catalogVersion())
			.param("nprm", row.nprmMode())
			.param("matrix", row.riskMatrix())
			.param("previous", row.previousId())
			.param("created", Timestamp.from(row.createdAt()))
			.param("createdBy", row.createdBy())
			.update();
	}

	Optional<AssessmentRow> find(UUID practiceId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from asm_assessment where practice_id = :p and id = :id")
			.param("p", practiceId)
			.param("id", id)
			.query(AssessmentRepository::map)
			.optional();
	}

	/**
	 * Locks the assessment row for the rest of the transaction, so that concurrent
	 * answers, proposals and a sign-off happen one after the other.
	 */
	Optional<AssessmentRow> lock(UUID practiceId, UUID id) {
		return this.jdbc
			.sql("select " + COLUMNS + " from asm_assessment where practice_id = :p and id = :id for update")
			.param("p", practiceId)
			.param("id", id)
			.query(AssessmentRepository::map)
			.optional();
	}

	/** Newest first. */
	List<AssessmentRow> list(UUID practiceId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from asm_assessment where practice_id = :p order by created_at desc")
			.param("p", practiceId)
			.query(AssessmentRepository::map)
			.list();
	}

	Optional<AssessmentRow> findOpen(UUID practiceId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from asm_assessment where practice_id = :p and status <> 'SIGNED_OFF' "
					+ "order by created_at desc")
			.param("p", practiceId)
			.query(AssessmentRepository::map)
			.list()
			.stream()
			.findFirst();
	}

	void updateStatus(UUID practiceId, UUID id, AssessmentStatus status, @Nullable Instant submittedAt,
			@Nullable UUID submittedBy, Instant now) {
		this.jdbc.sql("""
				update asm_assessment set status = :status, submitted_at = :at, submitted_by = :by, updated_at = :now
				where practice_id = :p and id = :id""")
			.param("status", status.name())
			.param("at", (submittedAt != null) ? Timestamp.from(submittedAt) : null)
			.param("by", submittedBy)
			.param("now", Timestamp.from(now))
			.param("p", practiceId)
			.param("id", id)
			.update();
	}

	void signOff(UUID practiceId, UUID id, Instant at, UUID by, String name, String attestation, String catalogVersion,
			boolean nprmMode, String riskMatrix, String snapshot) {
		this.jdbc.sql("""
				update asm_assessment set status = 'SIGNED_OFF', signed_off_at = :at, signed_off_by = :by,
				signed_off_name = :name, attestation = :attestation, catalog_version = :version, nprm_mode = :nprm,
				risk_matrix = :matrix, register_snapshot = :snapshot, updated_at = :at
				where practice_id = :p and id = :id""")
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("name", name)
			.param("attestation", attestation)
			.param("version", catalogVersion)
			.param("nprm", nprmMode)
			.param("matrix", riskMatrix)
			.param("snapshot", snapshot)
			.param("p", practiceId)
			.param("id", id)
			.update();
	}

	void touch(UUID practiceId, UUID id, Instant now) {
		this.jdbc.sql("update asm_assessment set updated_at = :now where practice_id = :p and id = :id")
			.param("now", Timestamp.from(now))
			.param("p", practiceId)
			.param("id", id)
			.update();
	}

	// ---------------------------------------------------------------- profile

	Map<String, String> profile(UUID practiceId, UUID assessmentId) {
		Map<String, String> values = new LinkedHashMap<>();
		this.jdbc.sql("select field_key, field_value from asm_profile where practice_id = :p and assessment_id = :a")
			.param("p", practiceId)
			.param("a", assessmentId)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach((entry) -> values.put(entry.getKey(), entry.getValue()));
		return values;
	}

	void replaceProfile(UUID practiceId, UUID assessmentId, Map<String, String> values) {
		this.jdbc.sql("delete from asm_profile where practice_id = :p and assessment_id = :a")
			.param("p", practiceId)
			.param("a", assessmentId)
			.update();
		values.forEach((key, value) -> this.jdbc.sql("""
				insert into asm_profile (practice_id, assessment_id, field_key, field_value)
				values (:p, :a, :k, :v)""")
			.param("p", practiceId)
			.param("a", assessmentId)
			.param("k", key)
			.param("v", value)
			.update());
	}

	// ---------------------------------------------------------------- answers

	Map<String, AnswerRow> answers(UUID practiceId, UUID assessmentId) {
		Map<String, AnswerRow> rows = new LinkedHashMap<>();
		this.jdbc.sql("""
				select question_key, answer, na_reason, notes, evidence, flagged, assignee_id, previous_answer,
				carried_over, answered_at, answered_by, answered_role from asm_answer
				where practice_id = :p and assessment_id = :a""")
			.param("p", practiceId)
			.param("a", assessmentId)
			.query(AssessmentRepository::mapAnswer)
			.list()
			.forEach((row) -> rows.put(row.questionKey(), row));
		return rows;
	}

	Optional<AnswerRow> answer(UUID practiceId, UUID assessmentId, String questionKey) {
		return this.jdbc.sql("""
				select question_key, answer, na_reason, notes, evidence, flagged, assignee_id, previous_answer,
				carried_over, answered_at, answered_by, answered_role from asm_answer
				where practice_id = :p and assessment_id = :a and question_key = :q""")
			.param("p", practiceId)
			.param("a", assessmentId)
			.param("q", questionKey)
			.query(AssessmentRepository::mapAnswer)
			.optional();
	}

	/** Inserts or replaces one answer row (callers hold the assessment lock). */
	void saveAnswer(UUID practiceId, UUID assessmentId, AnswerRow row) {
		saveAnswer(practiceId, assessmentId, row, true);
	}

	/**
	 * Saves one answer row (callers hold the assessment lock).
	 * @param exists whether the row may exist: then it is updated, and inserted if the
	 * update found none; {@code false} when the caller has just read that it does not
	 */
	void saveAnswer(UUID practiceId, UUID assessmentId, AnswerRow row, boolean exists) {
		int updated = !exists ? 0
				: this.jdbc.sql("""
						update asm_answer set answer = :answer, na_reason = :reason, notes = :notes,
						evidence = :evidence, flagged = :flagged, assignee_id = :assignee, previous_answer = :previous,
						carried_over = :carried, answered_at = :at, answered_by = :by, answered_role = :role
						where practice_id = :p and assessment_id = :a and question_key = :q""")
					.params(answerParams(practiceId, assessmentId, row))
					.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into asm_answer (practice_id, assessment_id, question_key, answer, na_reason, notes,
					evidence, flagged, assignee_id, previous_answer, carried_over, answered_at, answered_by,
					answered_role)
					values (:p, :a, :q, :answer, :reason, :notes, :evidence, :flagged, :assignee, :previous, :carried,
					:at, :by, :role)""").params(answerParams(practiceId, assessmentId, row)).update();
		}
	}

	/** Answers by assessment for a member's assigned questions. */
	List<String> assignedQuestionKeys(UUID practiceId, UUID assessmentId, UUID userId) {
		return this.jdbc.sql("""
				select question_key from asm_answer
				where practice_id = :p and assessment_id = :a and assignee_id = :u""")
			.param("p", practiceId)
			.param("a", assessmentId)
			.param("u", userId)
			.query(String.class)
			.list();
	}

	private static Map<String, Object> answerParams(UUID practiceId, UUID assessmentId, AnswerRow row) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("p", practiceId);
		params.put("a", assessmentId);
		params.put("q", row.questionKey());
		params.put("answer", (row.answer() != null) ? row.answer().name() : null);
		params.put("reason", row.notApplicableReason());
		params.put("notes", row.notes());
		params.put("evidence", row.evidence());
		params.put("flagged", row.flagged());
		params.put("assignee", row.assigneeId());
		params.put("previous", (row.previousAnswer() != null) ? row.previousAnswer().name() : null);
		params.put("carried", row.carriedOver());
		params.put("at", (row.answeredAt() != null) ? Timestamp.from(row.answeredAt()) : null);
		params.put("by", row.answeredBy());
		params.put("role", row.answeredRole());
		return params;
	}

	// ---------------------------------------------------------------- decisions

	record DecisionRow(String citation, DecisionOutcome outcome, @Nullable String alternative, @Nullable String reason,
			boolean alternativeImplemented, Instant decidedAt, @Nullable UUID decidedBy, boolean carriedOver,
			@Nullable UUID plannedTaskId) {

	}

	Map<String, DecisionRow> decisions(UUID practiceId, UUID assessmentId) {
		Map<String, DecisionRow> rows = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select citation, outcome, alternative, reason, alternative_implemented, decided_at, decided_by,
					carried_over, planned_task_id from asm_addressable_decision where practice_id = :p and assessment_id = :a""")
			.param("p", practiceId)
			.param("a", assessmentId)
			.query((rs, n) -> new DecisionRow(rs.getString("citation"),
					DecisionOutcome.valueOf(rs.getString("outcome")), rs.getString("alternative"),
					rs.getString("reason"), rs.getBoolean("alternative_implemented"), instant(rs, "decided_at"),
					rs.getObject("decided_by", UUID.class), rs.getBoolean("carried_over"),
					rs.getObject("planned_task_id", UUID.class)))
			.list()
			.forEach((row) -> rows.put(row.citation(), row));
		return rows;
	}

	void saveDecision(UUID practiceId, UUID assessmentId, DecisionRow row) {
		this.jdbc
			.sql("delete from asm_addressable_decision where practice_id = :p and assessment_id = :a and citation = :c")
			.param("p", practiceId)
			.param("a", assessmentId)
			.param("c", row.citation())
			.update();
		this.jdbc
			.sql("""
					insert into asm_addressable_decision (practice_id, assessment_id, citation, outcome, alternative, reason,
					alternative_implemented, decided_at, decided_by, carried_over, planned_task_id)
					values (:p, :a, :c, :outcome, :alternative, :reason, :implemented, :at, :by, :carried, :task)""")
			.param("p", practiceId)
			.param("a", assessmentId)
			.param("c", row.citation())
			.param("outcome", row.outcome().name())
			.param("alternative", row.alternative())
			.param("reason", row.reason())
			.param("implemented", row.alternativeImplemented())
			.param("at", Timestamp.from(row.decidedAt()))
			.param("by", row.decidedBy())
			.param("carried", row.carriedOver())
			.param("task", row.plannedTaskId())
			.update();
	}

	/**
	 * The report's scope fields of an assessment.
	 */
	record ScopeRow(@Nullable String locations, @Nullable LocalDate periodStart, @Nullable LocalDate periodEnd,
			@Nullable String outOfScope, @Nullable String participants, @Nullable String incidents,
			@Nullable LocalDate nextReview) {

	}

	ScopeRow scope(UUID practiceId, UUID assessmentId) {
		return this.jdbc.sql("""
				select scope_locations, period_start, period_end, out_of_scope, participants, incidents_statement,
				next_review_on from asm_assessment where practice_id = :p and id = :a""")
			.param("p", practiceId)
			.param("a", assessmentId)
			.query((rs, n) -> new ScopeRow(rs.getString("scope_locations"), localDate(rs, "period_start"),
					localDate(rs, "period_end"), rs.getString("out_of_scope"), rs.getString("participants"),
					rs.getString("incidents_statement"), localDate(rs, "next_review_on")))
			.single();
	}

	void saveScope(UUID practiceId, UUID assessmentId, ScopeRow scope, Instant now) {
		this.jdbc.sql("""
				update asm_assessment set scope_locations = :locations, period_start = :start, period_end = :end,
				out_of_scope = :out, participants = :participants, incidents_statement = :incidents,
				next_review_on = :next, updated_at = :now where practice_id = :p and id = :a""")
			.param("locations", scope.locations())
			.param("start", (scope.periodStart() != null) ? java.sql.Date.valueOf(scope.periodStart()) : null)
			.param("end", (scope.periodEnd() != null) ? java.sql.Date.valueOf(scope.periodEnd()) : null)
			.param("out", scope.outOfScope())
			.param("participants", scope.participants())
			.param("incidents", scope.incidents())
			.param("next", (scope.nextReview() != null) ? java.sql.Date.valueOf(scope.nextReview()) : null)
			.param("now", Timestamp.from(now))
			.param("p", practiceId)
			.param("a", assessmentId)
			.update();
	}

	void saveRemedied(UUID practiceId, UUID assessmentId, List<String> titles) {
		this.jdbc.sql("update asm_assessment set remedied_at_sign_off = :t where practice_id = :p and id = :a")
			.param("t", titles.isEmpty() ? null : String.join("\n", titles))
			.param("p", practiceId)
			.param("a", assessmentId)
			.update();
	}

	List<String> remedied(UUID practiceId, UUID assessmentId) {
		String text = this.jdbc
			.sql("select remedied_at_sign_off from asm_assessment where practice_id = :p and id = :a")
			.param("p", practiceId)
			.param("a", assessmentId)
			.query(String.class)
			.optional()
			.orElse(null);
		return (text == null) ? List.of() : text.lines().toList();
	}

	static @Nullable LocalDate localDate(ResultSet rs, String column) throws SQLException {
		java.sql.Date value = rs.getDate(column);
		return (value != null) ? value.toLocalDate() : null;
	}

	// ---------------------------------------------------------------- mapping

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static AnswerRow mapAnswer(ResultSet rs, int row) throws SQLException {
		String answer = rs.getString("answer");
		String previous = rs.getString("previous_answer");
		return new AnswerRow(rs.getString("question_key"), (answer != null) ? AnswerValue.valueOf(answer) : null,
				rs.getString("na_reason"), rs.getString("notes"), rs.getString("evidence"), rs.getBoolean("flagged"),
				rs.getObject("assignee_id", UUID.class), (previous != null) ? AnswerValue.valueOf(previous) : null,
				rs.getBoolean("carried_over"), instant(rs, "answered_at"), rs.getObject("answered_by", UUID.class),
				rs.getString("answered_role"));
	}

	private static AssessmentRow map(ResultSet rs, int row) throws SQLException {
		return new AssessmentRow(rs.getObject("id", UUID.class), rs.getString("title"),
				AssessmentStatus.valueOf(rs.getString("status")), rs.getString("catalog_version"),
				rs.getBoolean("nprm_mode"), rs.getString("risk_matrix"), rs.getObject("previous_id", UUID.class),
				instant(rs, "created_at"), rs.getObject("created_by", UUID.class), instant(rs, "updated_at"),
				instant(rs, "submitted_at"), rs.getObject("submitted_by", UUID.class), instant(rs, "signed_off_at"),
				rs.getObject("signed_off_by", UUID.class), rs.getString("signed_off_name"), rs.getString("attestation"),
				rs.getString("register_snapshot"));
	}

}
