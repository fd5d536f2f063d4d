package dev.bulwark.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RecoveryCodeRepository {

	private final JdbcClient jdbc;

	RecoveryCodeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void replace(UUID userId, Iterable<String> hashes, Instant now) {
		deleteAll(userId);
		for (String hash : hashes) {
			this.jdbc.sql("insert into recovery_code (user_id, code_hash, created_at) values (:u, :h, :now)")
				.param("u", userId)
				.param("h", hash)
				.param("now", Timestamp.from(now))
				.update();
		}
	}

	/** Marks an unused code as used; false if there is no such unused code. */
	boolean consume(UUID userId, String hash, Instant now) {
		return this.jdbc
			.sql("update recovery_code set used_at = :now where user_id = :u and code_hash = :h and used_at is null")
			.param("now", Timestamp.from(now))
			.param("u", userId)
			.param("h", hash)
			.update() == 1;
	}

	long remaining(UUID userId) {
		return this.jdbc.sql("select count(*) from recovery_code where user_id = :u and used_at is null")
			.param("u", userId)
			.query(Long.class)
			.single();
	}

	void deleteAll(UUID userId) {
		this.jdbc.sql("delete from recovery_code where user_id = :u").param("u", userId).update();
	}

}
