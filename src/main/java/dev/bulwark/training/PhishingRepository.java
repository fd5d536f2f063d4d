package dev.bulwark.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Phishing simulation results; every statement names the practice. */
@Repository
class PhishingRepository {

	private static final String COLUMNS = "id, run_on, campaign, sent, clicked, reported, notes, recorded_at";

	private final JdbcClient jdbc;

	PhishingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID practiceId, PhishingResult result, UUID recordedBy) {
		this.jdbc
			.sql("insert into trn_phishing_result (practice_id, " + COLUMNS + ", recorded_by) values (:practiceId, "
					+ ":id, :runOn, :campaign, :sent, :clicked, :reported, :notes, :recordedAt, :by)")
			.param("practiceId", practiceId)
			.param("id", result.id())
			.param("runOn", result.runOn())
			.param("campaign", result.campaign())
			.param("sent", result.sent())
			.param("clicked", result.clicked())
			.param("reported", result.reported())
			.param("notes", result.notes())
			.param("recordedAt", Timestamp.from(result.recordedAt()))
			.param("by", recordedBy)
			.update();
	}

	/** One page, newest first. */
	List<PhishingResult> page(UUID practiceId, int offset, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from trn_phishing_result where practice_id = :practiceId "
					+ "order by run_on desc, recorded_at desc, id limit :limit offset :offset")
			.param("practiceId", practiceId)
			.param("limit", limit)
			.param("offset", offset)
			.query(PhishingRepository::row)
			.list();
	}

	long count(UUID practiceId) {
		return this.jdbc.sql("select count(*) from trn_phishing_result where practice_id = :practiceId")
			.param("practiceId", practiceId)
			.query(Long.class)
			.single();
	}

	/** Every result since a date, for the trend. */
	List<PhishingResult> since(UUID practiceId, LocalDate from) {
		return this.jdbc
			.sql("select " + COLUMNS + " from trn_phishing_result where practice_id = :practiceId "
					+ "and run_on >= :from order by run_on, recorded_at, id")
			.param("practiceId", practiceId)
			.param("from", from)
			.query(PhishingRepository::row)
			.list();
	}

	private static PhishingResult row(ResultSet rs, int row) throws SQLException {
		return new PhishingResult(rs.getObject("id", UUID.class), rs.getObject("run_on", LocalDate.class),
				rs.getString("campaign"), rs.getInt("sent"), rs.getInt("clicked"), rs.getInt("reported"),
				rs.getString("notes"), rs.getTimestamp("recorded_at").toInstant());
	}

}
