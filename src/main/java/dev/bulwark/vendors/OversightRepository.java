package dev.bulwark.vendors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Safeguard verifications and material breaches of business associates. Every statement
 * is scoped by practice.
 */
@Repository
class OversightRepository {

	private static final String VERIFICATION = """
			select r.id, r.vendor_id, v.name as vendor_name, r.verified_on, r.completed_by, r.score, r.notes,
			r.recorded_at from vnd_verification r
			join vnd_vendor v on v.practice_id = r.practice_id and v.id = r.vendor_id
			where r.practice_id = :practiceId""";

	private static final String BREACH = """
			select b.id, b.vendor_id, v.name as vendor_name, b.learned_on, b.pattern, b.steps, b.outcome, b.outcome_on,
			b.notes, b.recorded_at, b.updated_at from vnd_material_breach b
			join vnd_vendor v on v.practice_id = b.practice_id and v.id = b.vendor_id
			where b.practice_id = :practiceId""";

	private final JdbcClient jdbc;

	OversightRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Verifications

	void insertVerification(UUID practiceId, UUID vendorId, UUID id, VerificationForm form,
			Map<String, VerificationAnswer> answers, int score, UUID userId, Instant now) {
		this.jdbc.sql("""
				insert into vnd_verification (practice_id, id, vendor_id, verified_on, completed_by, score, notes,
				recorded_by, recorded_at)
				values (:practiceId, :id, :vendorId, :verifiedOn, :completedBy, :score, :notes, :userId, :now)""")
			.param("practiceId", practiceId)
			.param("id", id)
			.param("vendorId", vendorId)
			.param("verifiedOn", form.verifiedOn())
			.param("completedBy", form.completedBy().name())
			.param("score", score)
			.param("notes", form.notes())
			.param("userId", userId)
			.param("now", Timestamp.from(now))
			.update();
		answers.forEach((key, answer) -> this.jdbc.sql("""
				insert into vnd_verification_answer (practice_id, verification_id, question_key, answer)
				values (:practiceId, :id, :key, :answer)""")
			.param("practiceId", practiceId)
			.param("id", id)
			.param("key", key)
			.param("answer", answer.name())
			.update());
	}

	/** A vendor's verifications, newest first. */
	List<VerificationDetails> verifications(UUID practiceId, UUID vendorId) {
		return withAnswers(practiceId,
				this.jdbc
					.sql(VERIFICATION + " and r.vendor_id = :vendorId order by r.verified_on desc, r.recorded_at desc")
					.param("practiceId", practiceId)
					.param("vendorId", vendorId)
					.query((rs, row) -> verification(rs))
					.list());
	}

	/** Every verification of the practice, by vendor and newest first: for reports. */
	List<VerificationDetails> allVerifications(UUID practiceId) {
		return withAnswers(practiceId,
				this.jdbc
					.sql(VERIFICATION + " order by lower(v.name), r.vendor_id, r.verified_on desc, r.recorded_at desc")
					.param("practiceId", practiceId)
					.query((rs, row) -> verification(rs))
					.list());
	}

	Optional<VerificationDetails> verification(UUID practiceId, UUID vendorId, UUID id) {
		return withAnswers(practiceId,
				this.jdbc.sql(VERIFICATION + " and r.vendor_id = :vendorId and r.id = :id")
					.param("practiceId", practiceId)
					.param("vendorId", vendorId)
					.param("id", id)
					.query((rs, row) -> verification(rs))
					.list())
			.stream()
			.findFirst();
	}

	/** The date of each vendor's newest verification. */
	Map<UUID, LocalDate> lastVerifiedOn(UUID practiceId) {
		Map<UUID, LocalDate> last = new HashMap<>();
		this.jdbc.sql("""
				select vendor_id, max(verified_on) as verified_on from vnd_verification
				where practice_id = :practiceId group by vendor_id""")
			.param("practiceId", practiceId)
			.query((rs, row) -> last.put(rs.getObject("vendor_id", UUID.class),
					rs.getDate("verified_on").toLocalDate()))
			.list();
		return last;
	}

	private List<VerificationDetails> withAnswers(UUID practiceId, List<VerificationDetails> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<UUID, Map<String, VerificationAnswer>> answers = new HashMap<>();
		this.jdbc.sql("""
				select verification_id, question_key, answer from vnd_verification_answer
				where practice_id = :practiceId and verification_id in (:ids)""")
			.param("practiceId", practiceId)
			.param("ids", rows.stream().map(VerificationDetails::id).toList())
			.query((rs, row) -> answers
				.computeIfAbsent(rs.getObject("verification_id", UUID.class), (k) -> new HashMap<>())
				.put(rs.getString("question_key"), VerificationAnswer.valueOf(rs.getString("answer"))))
			.list();
		List<VerificationDetails> out = new ArrayList<>();
		for (VerificationDetails r : rows) {
			out.add(new VerificationDetails(r.id(), r.vendorId(), r.vendorName(), r.verifiedOn(), r.completedBy(),
					answers.getOrDefault(r.id(), Map.of()), r.score(), r.nextDueOn(), r.notes(), r.recordedAt(),
					List.of()));
		}
		return out;
	}

	private static VerificationDetails verification(ResultSet rs) throws SQLException {
		LocalDate on = rs.getDate("verified_on").toLocalDate();
		return new VerificationDetails(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class),
				rs.getString("vendor_name"), on, VerificationSource.valueOf(rs.getString("completed_by")), Map.of(),
				rs.getInt("score"), Oversight.nextDue(on), rs.getString("notes"),
				rs.getTimestamp("recorded_at").toInstant(), List.of());
	}

	// Material breaches

	void insertBreach(UUID practiceId, UUID vendorId, UUID id, MaterialBreachForm form, UUID userId, Instant now) {
		this.jdbc.sql("""
				insert into vnd_material_breach (practice_id, id, vendor_id, learned_on, pattern, steps, outcome,
				outcome_on, notes, recorded_by, recorded_at, updated_at)
				values (:practiceId, :id, :vendorId, :learnedOn, :pattern, :steps, :outcome, :outcomeOn, :notes,
				:userId, :now, :now)""")
			.params(breachParams(practiceId, id, form, now))
			.param("vendorId", vendorId)
			.param("userId", userId)
			.update();
	}

	void updateBreach(UUID practiceId, UUID id, MaterialBreachForm form, Instant now) {
		this.jdbc.sql("""
				update vnd_material_breach set learned_on = :learnedOn, pattern = :pattern, steps = :steps,
				outcome = :outcome, outcome_on = :outcomeOn, notes = :notes, updated_at = :now
				where practice_id = :practiceId and id = :id""")
			.params(breachParams(practiceId, id, form, now))
			.update();
	}

	private static Map<String, Object> breachParams(UUID practiceId, UUID id, MaterialBreachForm form, Instant now) {
		Map<String, Object> params = new HashMap<>();
		params.put("practiceId", practiceId);
		params.put("id", id);
		params.put("learnedOn", form.learnedOn());
		params.put("pattern", form.pattern());
		params.put("steps", form.steps());
		params.put("outcome", form.outcome().name());
		params.put("outcomeOn", form.outcomeOn());
		params.put("notes", form.notes());
		params.put("now", Timestamp.from(now));
		return params;
	}

	/** A vendor's material breaches, newest first. */
	List<MaterialBreachDetails> breaches(UUID practiceId, UUID vendorId) {
		return this.jdbc.sql(BREACH + " and b.vendor_id = :vendorId order by b.learned_on desc, b.recorded_at desc")
			.param("practiceId", practiceId)
			.param("vendorId", vendorId)
			.query((rs, row) -> breach(rs))
			.list();
	}

	/** Every material breach of the practice, newest first: for gaps and reports. */
	List<MaterialBreachDetails> allBreaches(UUID practiceId) {
		return this.jdbc.sql(BREACH + " order by b.learned_on desc, b.recorded_at desc")
			.param("practiceId", practiceId)
			.query((rs, row) -> breach(rs))
			.list();
	}

	Optional<MaterialBreachDetails> breach(UUID practiceId, UUID vendorId, UUID id) {
		return this.jdbc.sql(BREACH + " and b.vendor_id = :vendorId and b.id = :id")
			.param("practiceId", practiceId)
			.param("vendorId", vendorId)
			.param("id", id)
			.query((rs, row) -> breach(rs))
			.optional();
	}

	private static MaterialBreachDetails breach(ResultSet rs) throws SQLException {
		java.sql.Date outcomeOn = rs.getDate("outcome_on");
		return new MaterialBreachDetails(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class),
				rs.getString("vendor_name"), rs.getDate("learned_on").toLocalDate(), rs.getString("pattern"),
				rs.getString("steps"), BreachOutcome.valueOf(rs.getString("outcome")),
				(outcomeOn != null) ? outcomeOn.toLocalDate() : null, rs.getString("notes"),
				rs.getTimestamp("recorded_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

}
