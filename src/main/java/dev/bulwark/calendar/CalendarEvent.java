package dev.bulwark.calendar;

import java.time.LocalDate;
import java.util.UUID;

import dev.bulwark.shared.AuditableEvent;

/**
 * What happened in the compliance calendar, one record per fact, each written to the
 * practice's audit trail in the transaction that made the change. Action names are
 * stable; summaries name tasks and dates, never e-mail addresses or feed secrets.
 */
public sealed interface CalendarEvent extends AuditableEvent {

	/** A practice added a task of its own. */
	record TaskAdded(UUID practiceId, UUID taskId, String title, LocalDate dueOn,
			String repeats) implements CalendarEvent {

		@Override
		public String action() {
			return "task.added";
		}

		@Override
		public String objectType() {
			return "task";
		}

		@Override
		public String objectId() {
			return this.taskId.toString();
		}

		@Override
		public String summary() {
			return "Task \"" + this.title + "\" added, due " + this.dueOn + " (" + this.repeats + ")";
		}

	}

	/**
	 * A recurring or own task was completed; {@code nextTaskId} and {@code nextDueOn}
	 * name the next occurrence ({@code null} for a one-off task).
	 */
	record TaskCompleted(UUID practiceId, UUID taskId, String title, LocalDate dueOn, LocalDate completedOn,
			int evidenceFiles, UUID nextTaskId, LocalDate nextDueOn) implements CalendarEvent {

		@Override
		public String action() {
			return "task.completed";
		}

		@Override
		public String objectType() {
			return "task";
		}

		@Override
		public String objectId() {
			return this.taskId.toString();
		}

		@Override
		public String summary() {
			return "Task \"" + this.title + "\" (due " + this.dueOn + ") completed on " + this.completedOn
					+ ((this.evidenceFiles > 0) ? " with " + this.evidenceFiles + " evidence file(s)" : "")
					+ ((this.nextDueOn != null) ? "; next due " + this.nextDueOn : "");
		}

	}

	/** An open task was given a new due date. */
	record TaskRescheduled(UUID practiceId, UUID taskId, String title, LocalDate from,
			LocalDate to) implements CalendarEvent {

		@Override
		public String action() {
			return "task.rescheduled";
		}

		@Override
		public String objectType() {
			return "task";
		}

		@Override
		public String objectId() {
			return this.taskId.toString();
		}

		@Override
		public String summary() {
			return "Task \"" + this.title + "\" moved from " + this.from + " to " + this.to;
		}

	}

	/** A person changed their reminder preferences. */
	record ReminderPreferencesChanged(UUID practiceId, UUID userId, int daysBefore, boolean onDueDate, boolean overdue,
			boolean weeklyDigest) implements CalendarEvent {

		@Override
		public String action() {
			return "reminders.preferences-changed";
		}

		@Override
		public String objectType() {
			return "user";
		}

		@Override
		public String objectId() {
			return this.userId.toString();
		}

		@Override
		public String summary() {
			return "Reminder preferences: " + ((this.daysBefore > 0) ? this.daysBefore + " days before" : "none before")
					+ ", on the due date " + yesNo(this.onDueDate) + ", when overdue " + yesNo(this.overdue)
					+ ", weekly digest " + yesNo(this.weeklyDigest);
		}

	}

	/** The daily reminders of a practice went out. */
	record RemindersSent(UUID practiceId, LocalDate date, int messages) implements CalendarEvent {

		@Override
		public String action() {
			return "reminders.sent";
		}

		@Override
		public String objectType() {
			return "practice";
		}

		@Override
		public String objectId() {
			return this.practiceId.toString();
		}

		@Override
		public String summary() {
			return this.messages + " reminder e-mail(s) sent for " + this.date;
		}

	}

	/** A person created (or replaced) their private calendar feed address. */
	record FeedCreated(UUID practiceId, UUID userId, boolean replaced) implements CalendarEvent {

		@Override
		public String action() {
			return "calendar-feed.created";
		}

		@Override
		public String objectType() {
			return "user";
		}

		@Override
		public String objectId() {
			return this.userId.toString();
		}

		@Override
		public String summary() {
			return this.replaced ? "Calendar feed address replaced; the old one stopped working"
					: "Calendar feed address created";
		}

	}

	/** A person revoked their private calendar feed address. */
	record FeedRevoked(UUID practiceId, UUID userId) implements CalendarEvent {

		@Override
		public String action() {
			return "calendar-feed.revoked";
		}

		@Override
		public String objectType() {
			return "user";
		}

		@Override
		public String objectId() {
			return this.userId.toString();
		}

		@Override
		public String summary() {
			return "Calendar feed address revoked";
		}

	}

	private static String yesNo(boolean value) {
		return value ? "yes" : "no";
	}

}
