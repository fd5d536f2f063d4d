package dev.bulwark.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Monthly posture snapshots. Every statement is scoped by practice. */
@Repository
class SnapshotRepository {

	private final JdbcClient jdbc;

	SnapshotRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes the month's snapshot, replacing an earlier one of the same month. */
	void save(UUID practiceId, Snapshot snapshot, Instant now) {
		Map<String, Object> params = new HashMap<>();
		params.put("practice", practiceId);
		params.put("month", Date.valueOf(snapshot.month()));
		params.put("overall", snapshot.overall());
		params.put("overdue", snapshot.overdue());
		params.put("risks", snapshot.openRisks());
		params.put("now", Timestamp.from(now));
		int updated = this.jdbc.sql("""
				update dsh_snapshot set overall = :overall, overdue = :overdue, open_risks = :risks, taken_at = :now
				where practice_id = :practice and month_start = :month""").params(params).update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into dsh_snapshot (practice_id, month_start, overall, overdue, open_risks, taken_at)
					values (:practice, :month, :overall, :overdue, :risks, :now)""").params(params).update();
		}
	}

	/** The snapshots from a month on, oldest first. */
	List<Snapshot> since(UUID practiceId, LocalDate from) {
		return this.jdbc
			.sql("select month_start, overall, overdue, open_risks from dsh_snapshot where practice_id = :practice"
					+ " and month_start >= :from order by month_start")
			.param("practice", practiceId)
			.param("from", Date.valueOf(from))
			.query((rs, n) -> new Snapshot(rs.getDate("month_start").toLocalDate(), (Integer) rs.getObject("overall"),
					rs.getInt("overdue"), rs.getInt("open_risks")))
			.list();
	}

}
