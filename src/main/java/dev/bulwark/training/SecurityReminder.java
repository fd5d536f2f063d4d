package dev.bulwark.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.bulwark.shared.Choice;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.Role;
import dev.bulwark.shared.StateConflictException;

/**
 * A security reminder (164.308(a)(5)(ii)(A), addressable): a short message the security
 * officer schedules for part of the workforce, once or on a recurrence. On its due day
 * the daily tick sends it, once, and it moves to its next date (a one-off one ends).
 *
 * @param nextOn the next day it is sent, or {@code null} once it has ended
 * @param stoppedOn the day the officer stopped it, or {@code null}
 */
record SecurityReminder(UUID id, String subject, String message, Audience audience, Recurrence recurrence,
		LocalDate firstOn, LocalDate nextOn, LocalDate stoppedOn, Instant createdAt) {

	/**
	 * A new reminder from the form.
	 * @throws InvalidInputException for a first date not after today (today's reminders
	 * went out when the practice's day began)
	 */
	static SecurityReminder schedule(UUID id, ReminderForm form, LocalDate today, Instant now) {
		if (!form.firstOn().isAfter(today)) {
			throw InvalidInputException.of("firstOn",
					"Choose tomorrow or a later date: today's reminders went out when the day began.");
		}
		return new SecurityReminder(id, form.subject(), form.message(), form.audience(), form.recurrence(),
				form.firstOn(), form.firstOn(), null, now);
	}

	/** Whether the tick of {@code today} sends it. */
	boolean dueOn(LocalDate today) {
		return this.nextOn != null && !this.nextOn.isAfter(today);
	}

	/**
	 * The date after it was sent on the tick of {@code today}: the first date of its
	 * recurrence after today, counted from the first date (so the 31st stays the month's
	 * last day), or {@code null} for a one-off reminder.
	 */
	LocalDate nextAfter(LocalDate today) {
		if (this.recurrence.months() == 0) {
			return null;
		}
		LocalDate next = this.firstOn;
		for (int n = 1; !next.isAfter(today); n++) {
			next = this.firstOn.plusMonths((long) n * this.recurrence.months());
		}
		return next;
	}

	SecurityReminder sent(LocalDate today) {
		return new SecurityReminder(this.id, this.subject, this.message, this.audience, this.recurrence, this.firstOn,
				nextAfter(today), this.stoppedOn, this.createdAt);
	}

	/**
	 * Stops the reminder: nothing more is sent; what was sent stays recorded.
	 * @throws StateConflictException if it has already ended
	 */
	SecurityReminder stop(LocalDate today) {
		if (this.nextOn == null) {
			throw StateConflictException.of("This reminder has already ended.");
		}
		return new SecurityReminder(this.id, this.subject, this.message, this.audience, this.recurrence, this.firstOn,
				null, today, this.createdAt);
	}

	public boolean ended() {
		return this.nextOn == null;
	}

	/** Who receives it. */
	enum Audience {

		WORKFORCE("Everyone in the workforce with an account (security officers and staff)"), STAFF("Staff members"),
		OFFICERS("Security officers");

		private final String label;

		Audience(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		boolean includes(Role role) {
			return switch (this) {
				case WORKFORCE -> Training.WORKFORCE.contains(role);
				case STAFF -> role == Role.STAFF;
				case OFFICERS -> role == Role.SECURITY_OFFICER;
			};
		}

		static java.util.List<Choice> choices() {
			return java.util.Arrays.stream(values()).map((a) -> Choice.of(a.name(), a.label())).toList();
		}

	}

	/** How often it is sent. */
	enum Recurrence {

		ONCE("Once", 0), MONTHLY("Every month", 1), QUARTERLY("Every three months", 3), YEARLY("Every year", 12);

		private final String label;

		private final int months;

		Recurrence(String label, int months) {
			this.label = label;
			this.months = months;
		}

		public String label() {
			return this.label;
		}

		int months() {
			return this.months;
		}

		static java.util.List<Choice> choices() {
			return java.util.Arrays.stream(values()).map((r) -> Choice.of(r.name(), r.label())).toList();
		}

	}

}
