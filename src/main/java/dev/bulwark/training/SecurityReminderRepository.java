package dev.bulwark.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Security reminders and the record of their sending; every statement names the practice.
 */
@Repository
class SecurityReminderRepository {

	private static final String COLUMNS = "id, subject, message, audience, recurrence, first_on, next_on, stopped_on, "
			+ "created_at";

	private final JdbcClient jdbc;

	SecurityReminderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID practiceId, SecurityReminder reminder, UUID createdBy) {
		this.jdbc
			.sql("insert into trn_reminder (practice_id, " + COLUMNS + ", created_by) values (:practiceId, :id, "
					+ ":subject, :message, :audience, :recurrence, :firstOn, :nextOn, :stoppedOn, :createdAt, :by)")
			.param("practiceId", practiceId)
			.param("id", reminder.id())
			.param("subject", reminder.subject())
			.param("message", reminder.message())
			.param("audience", reminder.audience().name())
			.param("recurrence", reminder.recurrence().name())
			.param("firstOn", reminder.firstOn())
			.param("nextOn", reminder.nextOn())
			.param("stoppedOn", reminder.stoppedOn())
			.param("createdAt", Timestamp.from(reminder.createdAt()))
			.param("by", createdBy)
			.update();
	}

	void updateSchedule(UUID practiceId, SecurityReminder reminder) {
		this.jdbc
			.sql("update trn_reminder set next_on = :nextOn, stopped_on = :stoppedOn "
					+ "where practice_id = :practiceId and id = :id")
			.param("nextOn", reminder.nextOn())
			.param("stoppedOn", reminder.stoppedOn())
			.param("practiceId", practiceId)
			.param("id", reminder.id())
			.update();
	}

	Optional<SecurityReminder> find(UUID practiceId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from trn_reminder where practice_id = :practiceId and id = :id")
			.param("practiceId", practiceId)
			.param("id", id)
			.query(SecurityReminderRepository::reminder)
			.optional();
	}

	/**
	 * Every reminder: scheduled ones first by next date, then ended ones, newest first.
	 */
	List<SecurityReminder> all(UUID practiceId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from trn_reminder where practice_id = :practiceId "
					+ "order by case when next_on is null then 1 else 0 end, next_on, created_at desc, id")
			.param("practiceId", practiceId)
			.query(SecurityReminderRepository::reminder)
			.list();
	}

	/** Reminders whose next date is on or before the day. */
	List<SecurityReminder> dueBy(UUID practiceId, LocalDate day) {
		return this.jdbc
			.sql("select " + COLUMNS + " from trn_reminder where practice_id = :practiceId and next_on is not null "
					+ "and next_on <= :day order by next_on, id")
			.param("practiceId", practiceId)
			.param("day", day)
			.query(SecurityReminderRepository::reminder)
			.list();
	}

	boolean sent(UUID practiceId, UUID reminderId, LocalDate dueOn) {
		return this.jdbc
			.sql("select count(*) from trn_reminder_sending where practice_id = :practiceId "
					+ "and reminder_id = :reminderId and due_on = :dueOn")
			.param("practiceId", practiceId)
			.param("reminderId", reminderId)
			.param("dueOn", dueOn)
			.query(Long.class)
			.single() > 0;
	}

	void insert(UUID practiceId, ReminderSending sending) {
		this.jdbc
			.sql("insert into trn_reminder_sending (practice_id, id, reminder_id, due_on, sent_at, subject) "
					+ "values (:practiceId, :id, :reminderId, :dueOn, :sentAt, :subject)")
			.param("practiceId", practiceId)
			.param("id", sending.id())
			.param("reminderId", sending.reminderId())
			.param("dueOn", sending.dueOn())
			.param("sentAt", Timestamp.from(sending.sentAt()))
			.param("subject", sending.subject())
			.update();
		for (ReminderSending.Recipient recipient : sending.recipients()) {
			this.jdbc
				.sql("insert into trn_reminder_recipient (practice_id, sending_id, user_id, person_name, delivered) "
						+ "values (:practiceId, :sendingId, :userId, :person, :delivered)")
				.param("practiceId", practiceId)
				.param("sendingId", sending.id())
				.param("userId", recipient.userId())
				.param("person", recipient.personName())
				.param("delivered", recipient.delivered())
				.update();
		}
	}

	/** Sendings, newest first, one page, each with its recipients by name. */
	List<ReminderSending> sendings(UUID practiceId, int offset, int limit) {
		List<ReminderSending> heads = this.jdbc
			.sql("select id, reminder_id, due_on, sent_at, subject from trn_reminder_sending "
					+ "where practice_id = :practiceId order by sent_at desc, id limit :limit offset :offset")
			.param("practiceId", practiceId)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new ReminderSending(rs.getObject("id", UUID.class),
					rs.getObject("reminder_id", UUID.class), rs.getObject("due_on", LocalDate.class),
					rs.getTimestamp("sent_at").toInstant(), rs.getString("subject"), new ArrayList<>()))
			.list();
		if (heads.isEmpty()) {
			return heads;
		}
		Map<UUID, ReminderSending> byId = new LinkedHashMap<>();
		heads.forEach((s) -> byId.put(s.id(), s));
		this.jdbc
			.sql("select sending_id, user_id, person_name, delivered from trn_reminder_recipient "
					+ "where practice_id = :practiceId and sending_id in (:ids) order by person_name, user_id")
			.param("practiceId", practiceId)
			.param("ids", byId.keySet())
			.query((rs) -> {
				byId.get(rs.getObject("sending_id", UUID.class))
					.recipients()
					.add(new ReminderSending.Recipient(rs.getObject("user_id", UUID.class), rs.getString("person_name"),
							rs.getBoolean("delivered")));
			});
		return heads.stream()
			.map((s) -> new ReminderSending(s.id(), s.reminderId(), s.dueOn(), s.sentAt(), s.subject(),
					List.copyOf(s.recipients())))
			.toList();
	}

	long countSendings(UUID practiceId) {
		return this.jdbc.sql("select count(*) from trn_reminder_sending where practice_id = :practiceId")
			.param("practiceId", practiceId)
			.query(Long.class)
			.single();
	}

	private static SecurityReminder reminder(ResultSet rs, int row) throws SQLException {
		return new SecurityReminder(rs.getObject("id", UUID.class), rs.getString("subject"), rs.getString("message"),
				SecurityReminder.Audience.valueOf(rs.getString("audience")),
				SecurityReminder.Recurrence.valueOf(rs.getString("recurrence")),
				rs.getObject("first_on", LocalDate.class), rs.getObject("next_on", LocalDate.class),
				rs.getObject("stopped_on", LocalDate.class), rs.getTimestamp("created_at").toInstant());
	}

}
