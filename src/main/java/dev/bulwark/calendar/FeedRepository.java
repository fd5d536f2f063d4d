package dev.bulwark.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The private calendar feeds: one per person and practice, found by the SHA-256 of the
 * secret in its address. Every statement is scoped by practice.
 */
@Repository
class FeedRepository {

	private final JdbcClient jdbc;

	FeedRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(UUID practiceId, UUID userId) {
		return this.jdbc.sql("select count(*) from cal_feed where practice_id = :practice and user_id = :user")
			.param("practice", practiceId)
			.param("user", userId)
			.query(Long.class)
			.single() > 0;
	}

	/** Replaces the person's feed secret; returns whether one existed. */
	boolean replace(UUID practiceId, UUID userId, String secretHash, Instant now) {
		int removed = revoke(practiceId, userId);
		this.jdbc.sql("""
				insert into cal_feed (practice_id, user_id, secret_hash, created_at)
				values (:practice, :user, :hash, :now)""")
			.param("practice", practiceId)
			.param("user", userId)
			.param("hash", secretHash)
			.param("now", Timestamp.from(now))
			.update();
		return removed > 0;
	}

	int revoke(UUID practiceId, UUID userId) {
		return this.jdbc.sql("delete from cal_feed where practice_id = :practice and user_id = :user")
			.param("practice", practiceId)
			.param("user", userId)
			.update();
	}

	Optional<UUID> owner(UUID practiceId, String secretHash) {
		return this.jdbc.sql("select user_id from cal_feed where practice_id = :practice and secret_hash = :hash")
			.param("practice", practiceId)
			.param("hash", secretHash)
			.query(UUID.class)
			.optional();
	}

}
