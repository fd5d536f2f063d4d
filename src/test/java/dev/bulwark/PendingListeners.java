package dev.bulwark;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits for the asynchronous module listeners of one practice to finish. A change often
 * starts background work in another module (an inventory change reports gaps, the risk
 * register proposes risks from them) that commits a moment later and, being an audited
 * change itself, drops what pages keep. A test that asserts what is kept waits for that
 * work first, or it races it. The registry deletes each publication once its listener has
 * completed ({@code completion-mode=delete}), and every event of a practice carries its
 * id.
 */
public final class PendingListeners {

	private PendingListeners() {
	}

	public static void awaitFor(JdbcClient jdbc, UUID practiceId) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> jdbc.sql(
					"select count(*) from event_publication where completion_date is null and serialized_event like :p")
				.param("p", "%" + practiceId + "%")
				.query(Long.class)
				.single() == 0);
	}

}
