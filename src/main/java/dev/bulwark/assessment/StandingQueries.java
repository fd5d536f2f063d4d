package dev.bulwark.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The portfolio's measures over many practices at once: one query per measure, never one
 * per practice.
 */
@Repository
class StandingQueries {

	private final JdbcClient jdbc;

	StandingQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Signed(Instant signedOffAt, LocalDate nextReview) {
	}

	/** The latest signed-off analysis of each practice that has one. */
	Map<UUID, Signed> latestSignedOff(Collection<UUID> practiceIds) {
		Map<UUID, Signed> latest = new HashMap<>();
		this.jdbc.sql("""
				select practice_id, signed_off_at, next_review_on from asm_assessment
				where practice_id in (:ids) and signed_off_at is not null""").param("ids", practiceIds).query((rs) -> {
			UUID practice = rs.getObject(1, UUID.class);
			Instant at = rs.getTimestamp(2).toInstant();
			java.sql.Date next = rs.getDate(3);
			Signed current = latest.get(practice);
			if (current == null || at.isAfter(current.signedOffAt())) {
				latest.put(practice, new Signed(at, next == null ? null : next.toLocalDate()));
			}
		});
		return latest;
	}

	record RatingCount(UUID practiceId, RiskRating likelihood, RiskRating impact, int count) {
	}

	/** Open (proposed or open) risks per practice and rating. */
	java.util.List<RatingCount> openRatings(Collection<UUID> practiceIds) {
		return this.jdbc.sql("""
				select practice_id, likelihood, impact, count(*) from asm_risk
				where practice_id in (:ids) and status in ('PROPOSED', 'OPEN')
				group by practice_id, likelihood, impact""")
			.param("ids", practiceIds)
			.query((rs, row) -> new RatingCount(rs.getObject(1, UUID.class), RiskRating.valueOf(rs.getString(2)),
					RiskRating.valueOf(rs.getString(3)), rs.getInt(4)))
			.list();
	}

}
