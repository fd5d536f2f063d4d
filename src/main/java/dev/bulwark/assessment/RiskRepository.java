package dev.bulwark.assessment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The risk register and its tasks. Every query filters by practice. */
@Repository
class RiskRepository {

	private static final String COLUMNS = """
			id, assessment_id, source, source_key, source_link, vulnerability_key, title, vulnerability, threat_keys, threat, assets,
			existing_controls, citations, likelihood, impact, treatment, owner_id, due_date, status, residual_likelihood,
			residual_impact, acceptance_justification, accepted_by, accepted_by_name, accepted_at, edited, created_at,
			updated_at""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	RiskRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	void insert(UUID practiceId, RiskRecord risk) {
		this.jdbc
			.sql("insert into asm_risk (practice_id, " + COLUMNS
					+ """
							) values (:p, :id, :assessment, :source, :sourceKey, :sourceLink, :vulnerabilityKey, :title, :vulnerability,
							:threatKeys, :threat, :assets, :controls, :citations, :likelihood, :impact, :treatment, :owner, :due,
							:status, :residualLikelihood, :residualImpact, :justification, :acceptedBy, :acceptedByName,
							:acceptedAt, :edited, :created, :updated)""")
			.params(params(practiceId, risk))
			.update();
		addLinks(practiceId, risk.id(), risk.questionKeys());
	}

	void update(UUID practiceId, RiskRecord risk) {
		this.jdbc.sql("""
				update asm_risk set assessment_id = :assessment, source_key = :sourceKey, source_link = :sourceLink,
				vulnerability_key = :vulnerabilityKey,
				title = :title, vulnerability = :vulnerability, threat_keys = :threatKeys, threat = :threat,
				assets = :assets, existing_controls = :controls, citations = :citations, likelihood = :likelihood,
				impact = :impact, treatment = :treatment, owner_id = :owner, due_date = :due, status = :status,
				residual_likelihood = :residualLikelihood, residual_impact = :residualImpact,
				acceptance_justification = :justification, accepted_by = :acceptedBy,
				accepted_by_name = :acceptedByName, accepted_at = :acceptedAt, edited = :edited, updated_at = :updated
				where practice_id = :p and id = :id""").params(params(practiceId, risk)).update();
	}

	void setStatus(UUID practiceId, UUID id, RiskStatus status, Instant now) {
		this.jdbc.sql("update asm_risk set status = :s, updated_at = :now where practice_id = :p and id = :id")
			.param("s", status.name())
			.param("now", Timestamp.from(now))
			.param("p", practiceId)
			.param("id", id)
			.update();
	}

	Optional<RiskRecord> find(UUID practiceId, UUID id) {
		List<RiskRecord> found = withLinks(practiceId,
				this.jdbc.sql("select " + COLUMNS + " from asm_risk where practice_id = :p and id = :id")
					.param("p", practiceId)
					.param("id", id)
					.query(RiskRepository::map)
					.list());
		return found.stream().findFirst();
	}

	List<RiskRecord> byAssessment(UUID practiceId, UUID assessmentId) {
		return withLinks(practiceId,
				this.jdbc.sql("select " + COLUMNS + " from asm_risk where practice_id = :p and assessment_id = :a")
					.param("p", practiceId)
					.param("a", assessmentId)
					.query(RiskRepository::map)
					.list());
	}

	/** How many risks of an assessment are proposed and not yet reviewed. */
	long countProposed(UUID practiceId, UUID assessmentId) {
		return this.jdbc
			.sql("select count(*) from asm_risk where practice_id = :p and assessment_id = :a and status = 'PROPOSED'")
			.param("p", practiceId)
			.param("a", assessmentId)
			.query(Long.class)
			.single();
	}

	/** Risks waiting for the next assessment. */
	List<RiskRecord> pending(UUID practiceId) {
		return withLinks(practiceId,
				this.jdbc.sql("select " + COLUMNS + " from asm_risk where practice_id = :p and assessment_id is null")
					.param("p", practiceId)
					.query(RiskRepository::map)
					.list());
	}

	/**
	 * Risks proposed from the gaps of one source module (source keys {@code source:...}).
	 */
	List<RiskRecord> bySource(UUID practiceId, String source) {
		// Source names are letters, digits and dashes, so they hold no LIKE wildcard.
		return withLinks(practiceId,
				this.jdbc.sql("select " + COLUMNS + " from asm_risk where practice_id = :p and source_key like :k")
					.param("p", practiceId)
					.param("k", source + ":%")
					.query(RiskRepository::map)
					.list());
	}

	/**
	 * Moves the practice's current risks (proposed, open, accepted) and those waiting for
	 * an assessment into a new assessment: the register lives on from year to year.
	 */
	int adopt(UUID practiceId, UUID assessmentId, Instant now) {
		return this.jdbc.sql("""
				update asm_risk set assessment_id = :a, updated_at = :now
				where practice_id = :p and (assessment_id is null or (assessment_id <> :a
				and status in ('PROPOSED', 'OPEN', 'ACCEPTED')))""")
			.param("a", assessmentId)
			.param("now", Timestamp.from(now))
			.param("p", practiceId)
			.update();
	}

	void addLinks(UUID practiceId, UUID riskId, Collection<String> questionKeys) {
		if (questionKeys.isEmpty()) {
			return;
		}
		// One prepared statement for all links.
		this.template.batchUpdate("insert into asm_risk_question (practice_id, risk_id, question_key) values (?, ?, ?)",
				List.copyOf(questionKeys), 1000, (ps, key) -> {
					ps.setObject(1, practiceId);
					ps.setObject(2, riskId);
					ps.setString(3, key);
				});
	}

	// ---------------------------------------------------------------- tasks

	void insertTask(UUID practiceId, TaskRecord task) {
		this.jdbc
			.sql("""
					insert into asm_risk_task (practice_id, id, risk_id, title, owner_id, due_date, done_at, position, created_at)
					values (:p, :id, :risk, :title, :owner, :due, :done, :position, :created)""")
			.param("p", practiceId)
			.param("id", task.id())
			.param("risk", task.riskId())
			.param("title", task.title())
			.param("owner", task.ownerId())
			.param("due", (task.dueDate() != null) ? Date.valueOf(task.dueDate()) : null)
			.param("done", (task.doneAt() != null) ? Timestamp.from(task.doneAt()) : null)
			.param("position", task.position())
			.param("created", Timestamp.from(task.createdAt()))
			.update();
	}

	/** Inserts several tasks with one prepared statement. */
	void insertTasks(UUID practiceId, List<TaskRecord> tasks) {
		if (tasks.isEmpty()) {
			return;
		}
		this.template.batchUpdate(
				"""
						insert into asm_risk_task (practice_id, id, risk_id, title, owner_id, due_date, done_at, position, created_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				tasks, 1000, (ps, task) -> {
					ps.setObject(1, practiceId);
					ps.setObject(2, task.id());
					ps.setObject(3, task.riskId());
					ps.setString(4, task.title());
					ps.setObject(5, task.ownerId());
					ps.setDate(6, (task.dueDate() != null) ? Date.valueOf(task.dueDate()) : null);
					ps.setTimestamp(7, (task.doneAt() != null) ? Timestamp.from(task.doneAt()) : null);
					ps.setInt(8, task.position());
					ps.setTimestamp(9, Timestamp.from(task.createdAt()));
				});
	}

	void updateTask(UUID practiceId, TaskRecord task) {
		this.jdbc.sql("""
				update asm_risk_task set title = :title, owner_id = :owner, due_date = :due, done_at = :done
				where practice_id = :p and id = :id and risk_id = :risk""")
			.param("title", task.title())
			.param("owner", task.ownerId())
			.param("due", (task.dueDate() != null) ? Date.valueOf(task.dueDate()) : null)
			.param("done", (task.doneAt() != null) ? Timestamp.from(task.doneAt()) : null)
			.param("p", practiceId)
			.param("id", task.id())
			.param("risk", task.riskId())
			.update();
	}

	Optional<TaskRecord> findTask(UUID practiceId, UUID riskId, UUID taskId) {
		return this.jdbc.sql("""
				select id, risk_id, title, owner_id, due_date, done_at, position, created_at from asm_risk_task
				where practice_id = :p and risk_id = :r and id = :id""")
			.param("p", practiceId)
			.param("r", riskId)
			.param("id", taskId)
			.query(RiskRepository::mapTask)
			.optional();
	}

	/** The rating rationales of the given risks that have one, by risk. */
	Map<UUID, String> rationales(UUID practiceId, Collection<UUID> riskIds) {
		Map<UUID, String> byRisk = new LinkedHashMap<>();
		if (riskIds.isEmpty()) {
			return byRisk;
		}
		this.jdbc.sql("""
				select id, rating_rationale from asm_risk
				where practice_id = :p and id in (:ids) and rating_rationale is not null""")
			.param("p", practiceId)
			.param("ids", riskIds)
			.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("rating_rationale")))
			.list()
			.forEach((entry) -> byRisk.put(entry.getKey(), entry.getValue()));
		return byRisk;
	}

	void saveRationale(UUID practiceId, UUID riskId, @Nullable String rationale) {
		this.jdbc.sql("update asm_risk set rating_rationale = :r where practice_id = :p and id = :id")
			.param("r", rationale)
			.param("p", practiceId)
			.param("id", riskId)
			.update();
	}

	/** Tasks of the given risks, in order, by risk. */
	Map<UUID, List<TaskRecord>> tasks(UUID practiceId, Collection<UUID> riskIds) {
		Map<UUID, List<TaskRecord>> byRisk = new LinkedHashMap<>();
		if (riskIds.isEmpty()) {
			return byRisk;
		}
		this.jdbc.sql("""
				select id, risk_id, title, owner_id, due_date, done_at, position, created_at from asm_risk_task
				where practice_id = :p and risk_id in (:ids) order by position, created_at""")
			.param("p", practiceId)
			.param("ids", riskIds)
			.query(RiskRepository::mapTask)
			.list()
			.forEach((task) -> byRisk.computeIfAbsent(task.riskId(), (k) -> new ArrayList<>()).add(task));
		return byRisk;
	}

	/**
	 * A person's open tasks on the risks being treated (proposed or open): tasks they
	 * own, and tasks without an owner of their own on risks they own. One query, at most
	 * {@code limit} rows.
	 */
	List<OwnTaskRow> openTasksOwnedBy(UUID practiceId, UUID userId, int limit) {
		return this.jdbc.sql("""
				select t.id, t.risk_id, t.title, t.owner_id, t.due_date, t.done_at, t.position, t.created_at,
				r.title as risk_title, r.likelihood, r.impact, r.owner_id as risk_owner_id, r.due_date as risk_due_date
				from asm_risk_task t join asm_risk r on r.practice_id = t.practice_id and r.id = t.risk_id
				where t.practice_id = :p and t.done_at is null and r.status in ('PROPOSED', 'OPEN')
				and (t.owner_id = :u or (t.owner_id is null and r.owner_id = :u))
				order by t.due_date, t.id limit :limit""")
			.param("p", practiceId)
			.param("u", userId)
			.param("limit", limit)
			.query((rs, n) -> {
				Date riskDue = rs.getDate("risk_due_date");
				return new OwnTaskRow(mapTask(rs, n), rs.getString("risk_title"),
						RiskRating.valueOf(rs.getString("likelihood")), RiskRating.valueOf(rs.getString("impact")),
						rs.getObject("risk_owner_id", UUID.class), (riskDue != null) ? riskDue.toLocalDate() : null);
			})
			.list();
	}

	/** An open task with what its owner's list needs of its risk. */
	record OwnTaskRow(TaskRecord task, String riskTitle, RiskRating likelihood, RiskRating impact,
			@Nullable UUID riskOwnerId, @Nullable LocalDate riskDueDate) {
	}

	/** The position after the risk's last task; 0 for a risk without tasks. */
	int nextTaskPosition(UUID practiceId, UUID riskId) {
		// max() over no rows is null, which single() refuses: answer the empty case in
		// SQL.
		return this.jdbc.sql("""
				select coalesce(max(position) + 1, 0) from asm_risk_task where practice_id = :p and risk_id = :r""")
			.param("p", practiceId)
			.param("r", riskId)
			.query(Integer.class)
			.single();
	}

	// ------------------------------------------------- gaps of other modules

	/**
	 * Creates a source's row unless it exists. Two first reports racing to create it may
	 * both try: the second fails with {@link DuplicateKeyException}, so callers run this
	 * in a transaction of its own.
	 */
	void ensureGapSource(UUID practiceId, String source, Instant now) {
		this.jdbc.sql("""
				insert into asm_gap_source (practice_id, source, open_keys, reported_at)
				select :p, :s, '', :now where not exists
				(select 1 from asm_gap_source where practice_id = :p and source = :s)""")
			.param("p", practiceId)
			.param("s", source)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * The keys the source last reported open, locking its row until the transaction ends
	 * so that reports of one source take turns.
	 */
	Set<String> lockGapSource(UUID practiceId, String source) {
		String keys = this.jdbc
			.sql("select open_keys from asm_gap_source where practice_id = :p and source = :s for update")
			.param("p", practiceId)
			.param("s", source)
			.query(String.class)
			.optional()
			.orElse("");
		return keys.isEmpty() ? new LinkedHashSet<>() : new LinkedHashSet<>(Arrays.asList(keys.split("\n")));
	}

	void saveGapSource(UUID practiceId, String source, Collection<String> openKeys, Instant now) {
		this.jdbc.sql("""
				update asm_gap_source set open_keys = :keys, reported_at = :now
				where practice_id = :p and source = :s""")
			.param("keys", String.join("\n", openKeys))
			.param("now", Timestamp.from(now))
			.param("p", practiceId)
			.param("s", source)
			.update();
	}

	// ---------------------------------------------------------------- mapping

	private List<RiskRecord> withLinks(UUID practiceId, List<RiskRecord> risks) {
		if (risks.isEmpty()) {
			return risks;
		}
		Map<UUID, List<String>> links = new LinkedHashMap<>();
		this.jdbc.sql("""
				select risk_id, question_key from asm_risk_question where practice_id = :p and risk_id in (:ids)
				order by question_key""")
			.param("p", practiceId)
			.param("ids", risks.stream().map(RiskRecord::id).toList())
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
			.list()
			.forEach((entry) -> links.computeIfAbsent(entry.getKey(), (k) -> new ArrayList<>()).add(entry.getValue()));
		return risks.stream().map((risk) -> risk.withQuestionKeys(links.getOrDefault(risk.id(), List.of()))).toList();
	}

	private static Map<String, Object> params(UUID practiceId, RiskRecord risk) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("p", practiceId);
		params.put("id", risk.id());
		params.put("assessment", risk.assessmentId());
		params.put("source", risk.source().name());
		params.put("sourceKey", risk.sourceKey());
		params.put("sourceLink", risk.sourceLink());
		params.put("vulnerabilityKey", risk.vulnerabilityKey());
		params.put("title", risk.title());
		params.put("vulnerability", risk.vulnerability());
		params.put("threatKeys", String.join(",", risk.threatKeys()));
		params.put("threat", risk.threat());
		params.put("assets", risk.assets());
		params.put("controls", risk.existingControls());
		params.put("citations", String.join(",", risk.citations()));
		params.put("likelihood", risk.likelihood().name());
		params.put("impact", risk.impact().name());
		params.put("treatment", name(risk.treatment()));
		params.put("owner", risk.ownerId());
		params.put("due", (risk.dueDate() != null) ? Date.valueOf(risk.dueDate()) : null);
		params.put("status", risk.status().name());
		params.put("residualLikelihood", name(risk.residualLikelihood()));
		params.put("residualImpact", name(risk.residualImpact()));
		params.put("justification", risk.acceptanceJustification());
		params.put("acceptedBy", risk.acceptedBy());
		params.put("acceptedByName", risk.acceptedByName());
		params.put("acceptedAt", (risk.acceptedAt() != null) ? Timestamp.from(risk.acceptedAt()) : null);
		params.put("edited", risk.edited());
		params.put("created", Timestamp.from(risk.createdAt()));
		params.put("updated", Timestamp.from(risk.updatedAt()));
		return params;
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		return (value != null) ? Enum.valueOf(type, value) : null;
	}

	private static List<String> split(@Nullable String value) {
		return (value == null || value.isBlank()) ? List.of() : Arrays.stream(value.split(",")).toList();
	}

	private static RiskRecord map(ResultSet rs, int row) throws SQLException {
		Date due = rs.getDate("due_date");
		return new RiskRecord(rs.getObject("id", UUID.class), rs.getObject("assessment_id", UUID.class),
				RiskSource.valueOf(rs.getString("source")), rs.getString("source_key"), rs.getString("source_link"),
				rs.getString("vulnerability_key"), rs.getString("title"), rs.getString("vulnerability"),
				split(rs.getString("threat_keys")), rs.getString("threat"), rs.getString("assets"),
				rs.getString("existing_controls"), split(rs.getString("citations")),
				RiskRating.valueOf(rs.getString("likelihood")), RiskRating.valueOf(rs.getString("impact")),
				parse(Treatment.class, rs.getString("treatment")), rs.getObject("owner_id", UUID.class),
				(due != null) ? due.toLocalDate() : null, RiskStatus.valueOf(rs.getString("status")),
				parse(RiskRating.class, rs.getString("residual_likelihood")),
				parse(RiskRating.class, rs.getString("residual_impact")), rs.getString("acceptance_justification"),
				rs.getObject("accepted_by", UUID.class), rs.getString("accepted_by_name"),
				AssessmentRepository.instant(rs, "accepted_at"), rs.getBoolean("edited"),
				AssessmentRepository.instant(rs, "created_at"), AssessmentRepository.instant(rs, "updated_at"),
				List.of());
	}

	private static TaskRecord mapTask(ResultSet rs, int row) throws SQLException {
		Date due = rs.getDate("due_date");
		return new TaskRecord(rs.getObject("id", UUID.class), rs.getObject("risk_id", UUID.class),
				rs.getString("title"), rs.getObject("owner_id", UUID.class), (due != null) ? due.toLocalDate() : null,
				AssessmentRepository.instant(rs, "done_at"), rs.getInt("position"),
				AssessmentRepository.instant(rs, "created_at"));
	}

}
