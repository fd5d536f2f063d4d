package dev.bulwark.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The record that a security reminder was sent: for which due day, when, and to whom
 * (with whether the mail server accepted each message).
 */
record ReminderSending(UUID id, UUID reminderId, LocalDate dueOn, Instant sentAt, String subject,
		List<Recipient> recipients) {

	public long delivered() {
		return this.recipients.stream().filter(Recipient::delivered).count();
	}

	/** One person it was sent to. */
	record Recipient(UUID userId, String personName, boolean delivered) {

	}

}
