package dev.bulwark.workforce;

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

/** Access reviews and their lines. Every statement names the practice. */
@Repository
class AccessReviewRepository {

	private static final String SELECT = """
			select r.id, r.started_at, r.started_by_name, r.signed_off_at, r.signed_off_by_name, r.signed_off_on,
			       r.conclusion, r.next_due_on,
			       (select count(*) from wf_access_review_line l
			        where l.practice_id = r.practice_id and l.review_id = r.id) as lines,
			       (select count(*) from wf_access_review_line l
			        where l.practice_id = r.practice_id and l.review_id = r.id and l.decision is not null) as decided
			from wf_access_review r
			""";

	private static final String SELECT_LINE = """
			select id, review_id, account_id, person_id, person_name, system_name, username, privilege, mfa, decision,
			       note, reviewed_at, reviewed_by_name
			from wf_access_review_line
			""";

	private final JdbcClient jdbc;

	AccessReviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID practiceId, UUID id, String startedByName, Instant now) {
		this.jdbc.sql("""
				insert into wf_access_review (practice_id, id, started_at, started_by_name)
				values (:practice, :id, :now, :name)""")
			.param("practice", practiceId)
			.param("id", id)
			.param("now", Timestamp.from(now))
			.param("name", startedByName)
			.update();
	}

	void insertLine(UUID practiceId, UUID reviewId, int position, SystemAccount account) {
		this.jdbc.sql("""
				insert into wf_access_review_line (practice_id, id, review_id, account_id, person_id, person_name,
				    system_name, username, privilege, mfa, position)
				values (:practice, :id, :review, :account, :person, :personName, :systemName, :username, :privilege,
				    :mfa, :position)""")
			.param("practice", practiceId)
			.param("id", UUID.randomUUID())
			.param("review", reviewId)
			.param("account", account.id())
			.param("person", account.personId())
			.param("personName", account.personName())
			.param("systemName", account.systemName())
			.param("username", account.username())
			.param("privilege", account.privilege().name())
			.param("mfa", account.mfa())
			.param("position", position)
			.update();
	}

	void decide(UUID practiceId, UUID lineId, AccessReviewLineForm form, String reviewerName, Instant now) {
		this.jdbc.sql("""
				update wf_access_review_line set decision = :decision, note = :note, reviewed_at = :now,
				    reviewed_by_name = :name
				where practice_id = :practice and id = :id""")
			.param("decision", form.decision().name())
			.param("note", form.note())
			.param("now", Timestamp.from(now))
			.param("name", reviewerName)
			.param("practice", practiceId)
			.param("id", lineId)
			.update();
	}

	void signOff(UUID practiceId, UUID id, UUID userId, String name, LocalDate on, String conclusion,
			LocalDate nextDueOn, Instant now) {
		this.jdbc.sql("""
				update wf_access_review set signed_off_at = :now, signed_off_by = :user, signed_off_by_name = :name,
				    signed_off_on = :on, conclusion = :conclusion, next_due_on = :next
				where practice_id = :practice and id = :id and signed_off_at is null""")
			.param("now", Timestamp.from(now))
			.param("user", userId)
			.param("name", name)
			.param("on", on)
			.param("conclusion", conclusion)
			.param("next", nextDueOn)
			.param("practice", practiceId)
			.param("id", id)
			.update();
	}

	Optional<AccessReviewSummary> find(UUID practiceId, UUID id) {
		return this.jdbc.sql(SELECT + " where r.practice_id = :practice and r.id = :id")
			.param("practice", practiceId)
			.param("id", id)
			.query(AccessReviewRepository::summary)
			.optional();
	}

	boolean anyOpen(UUID practiceId) {
		return this.jdbc
			.sql("select count(*) from wf_access_review where practice_id = :practice and signed_off_at is null")
			.param("practice", practiceId)
			.query(Long.class)
			.single() > 0;
	}

	/** One page of reviews, newest first. */
	List<AccessReviewSummary> list(UUID practiceId, int offset, int size) {
		return this.jdbc.sql(SELECT + """
				where r.practice_id = :practice order by r.started_at desc, r.id limit :size offset :offset""")
			.param("practice", practiceId)
			.param("size", size)
			.param("offset", offset)
			.query(AccessReviewRepository::summary)
			.list();
	}

	long count(UUID practiceId) {
		return this.jdbc.sql("select count(*) from wf_access_review where practice_id = :practice")
			.param("practice", practiceId)
			.query(Long.class)
			.single();
	}

	/** The next review's date after the latest sign-off, if any review was signed off. */
	Optional<LocalDate> nextDue(UUID practiceId) {
		return this.jdbc.sql("""
				select next_due_on from wf_access_review
				where practice_id = :practice and signed_off_at is not null
				order by signed_off_at desc, id limit 1""")
			.param("practice", practiceId)
			.query((rs, n) -> rs.getObject("next_due_on", LocalDate.class))
			.optional();
	}

	Optional<AccessReviewLine> findLine(UUID practiceId, UUID reviewId, UUID lineId) {
		return this.jdbc.sql(SELECT_LINE + " where practice_id = :practice and review_id = :review and id = :id")
			.param("practice", practiceId)
			.param("review", reviewId)
			.param("id", lineId)
			.query(AccessReviewRepository::line)
			.optional();
	}

	/**
	 * Every line of a review, in order (a review covers the practice's accounts: tens).
	 */
	List<AccessReviewLine> lines(UUID practiceId, UUID reviewId) {
		return this.jdbc.sql(SELECT_LINE + " where practice_id = :practice and review_id = :review order by position")
			.param("practice", practiceId)
			.param("review", reviewId)
			.query(AccessReviewRepository::line)
			.list();
	}

	/** Every line of every review, for the binder. */
	List<AccessReviewLine> allLines(UUID practiceId) {
		return this.jdbc.sql(SELECT_LINE + " where practice_id = :practice order by review_id, position")
			.param("practice", practiceId)
			.query(AccessReviewRepository::line)
			.list();
	}

	private static AccessReviewSummary summary(ResultSet rs, int n) throws SQLException {
		Timestamp signed = rs.getTimestamp("signed_off_at");
		return new AccessReviewSummary(rs.getObject("id", UUID.class), rs.getTimestamp("started_at").toInstant(),
				rs.getString("started_by_name"), rs.getInt("lines"), rs.getInt("decided"),
				(signed != null) ? signed.toInstant() : null, rs.getString("signed_off_by_name"),
				rs.getObject("signed_off_on", LocalDate.class), rs.getString("conclusion"),
				rs.getObject("next_due_on", LocalDate.class));
	}

	private static AccessReviewLine line(ResultSet rs, int n) throws SQLException {
		String decision = rs.getString("decision");
		Timestamp reviewed = rs.getTimestamp("reviewed_at");
		return new AccessReviewLine(rs.getObject("id", UUID.class), rs.getObject("review_id", UUID.class),
				rs.getObject("account_id", UUID.class), rs.getObject("person_id", UUID.class),
				rs.getString("person_name"), rs.getString("system_name"), rs.getString("username"),
				Privilege.valueOf(rs.getString("privilege")), rs.getBoolean("mfa"),
				(decision != null) ? AccessDecision.valueOf(decision) : null, rs.getString("note"),
				(reviewed != null) ? reviewed.toInstant() : null, rs.getString("reviewed_by_name"));
	}

}
