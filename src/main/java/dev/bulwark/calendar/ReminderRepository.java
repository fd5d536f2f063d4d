package dev.bulwark.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reminder preferences, the reminders sent (so none is sent twice) and the calendar feed
 * secrets. Every statement is scoped by practice.
 */
@Repository
class ReminderRepository {

	private final JdbcClient jdbc;

	ReminderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<UUID, ReminderPreferences> preferences(UUID practiceId) {
		Map<UUID, ReminderPreferences> all = new HashMap<>();
		this.jdbc
			.sql("select user_id, days_before, on_due_date, overdue, weekly_digest from cal_preference"
					+ " where practice_id = :practice")
			.param("practice", practiceId)
			.query((rs, n) -> {
				all.put(rs.getObject("user_id", UUID.class), new ReminderPreferences(rs.getInt("days_before"),
						rs.getBoolean("on_due_date"), rs.getBoolean("overdue"), rs.getBoolean("weekly_digest")));
				return null;
			})
			.list();
		return all;
	}

	Optional<ReminderPreferences> preferences(UUID practiceId, UUID userId) {
		return Optional.ofNullable(preferences(practiceId).get(userId));
	}

	void savePreferences(UUID practiceId, UUID userId, ReminderPreferences preferences, Instant now) {
		Map<String, Object> params = new HashMap<>();
		params.put("practice", practiceId);
		params.put("user", userId);
		params.put("days", preferences.daysBefore());
		params.put("due", preferences.onDueDate());
		params.put("overdue", preferences.overdue());
		params.put("digest", preferences.weeklyDigest());
		params.put("now", Timestamp.from(now));
		int updated = this.jdbc.sql("""
				update cal_preference set days_before = :days, on_due_date = :due, overdue = :overdue,
				weekly_digest = :digest, updated_at = :now where practice_id = :practice and user_id = :user""")
			.params(params)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into cal_preference (practice_id, user_id, days_before, on_due_date, overdue, weekly_digest,
					updated_at) values (:practice, :user, :days, :due, :overdue, :digest, :now)""")
				.params(params)
				.update();
		}
	}

	/** Keys {@code item/user/kind} of the reminders already sent for these items. */
	Set<String> sent(UUID practiceId, List<UUID> itemIds) {
		Set<String> sent = new HashSet<>();
		if (itemIds.isEmpty()) {
			return sent;
		}
		this.jdbc
			.sql("select item_id, user_id, kind from cal_reminder where practice_id = :practice"
					+ " and item_id in (:items)")
			.param("practice", practiceId)
			.param("items", itemIds)
			.query((rs,
					n) -> sent.add(key(rs.getObject("item_id", UUID.class), rs.getObject("user_id", UUID.class),
							rs.getString("kind"))))
			.list();
		return sent;
	}

	boolean digestSent(UUID practiceId, UUID userId, LocalDate weekOf) {
		return this.jdbc
			.sql("select count(*) from cal_reminder where practice_id = :practice and user_id = :user"
					+ " and kind = 'DIGEST' and week_of = :week")
			.param("practice", practiceId)
			.param("user", userId)
			.param("week", Date.valueOf(weekOf))
			.query(Long.class)
			.single() > 0;
	}

	void recordSent(UUID practiceId, UUID itemId, UUID userId, String kind, LocalDate weekOf, LocalDate today,
			Instant now) {
		Map<String, Object> params = new HashMap<>();
		params.put("practice", practiceId);
		params.put("id", UUID.randomUUID());
		params.put("item", itemId);
		params.put("user", userId);
		params.put("kind", kind);
		params.put("week", (weekOf != null) ? Date.valueOf(weekOf) : null);
		params.put("today", Date.valueOf(today));
		params.put("now", Timestamp.from(now));
		this.jdbc.sql("""
				insert into cal_reminder (practice_id, id, item_id, user_id, kind, week_of, sent_on, sent_at)
				values (:practice, :id, :item, :user, :kind, :week, :today, :now)""").params(params).update();
	}

	static String key(UUID itemId, UUID userId, String kind) {
		return itemId + "/" + userId + "/" + kind;
	}

}
