package dev.bulwark.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import dev.bulwark.shared.AuditableEvent;

/**
 * What happened in training, one record per fact, each published in the transaction that
 * made the change and written to the practice's audit trail with it. Action names are
 * stable. Summaries name people, modules, scores and dates, never quiz answers or the
 * text of a reminder.
 */
public sealed interface TrainingEvent extends AuditableEvent {

	/** A person answered a module's quiz: passed (a completion record) or failed. */
	record QuizTaken(UUID practiceId, UUID attemptId, UUID userId, String person, String moduleKey, String moduleTitle,
			int moduleVersion, int score, boolean passed) implements TrainingEvent {

		@Override
		public String action() {
			return "training.quiz-taken";
		}

		@Override
		public String objectType() {
			return "training-attempt";
		}

		@Override
		public String objectId() {
			return this.attemptId.toString();
		}

		@Override
		public String summary() {
			return this.person + (this.passed ? " passed" : " did not pass") + " the quiz of \"" + this.moduleTitle
					+ "\" (version " + this.moduleVersion + ") with " + this.score + "%";
		}

	}

	/** Modules were assigned to a person (on joining, by the officer, or yearly). */
	record TrainingAssigned(UUID practiceId, UUID userId, String person, int modules, String reason,
			LocalDate dueOn) implements TrainingEvent {

		@Override
		public String action() {
			return "training.assigned";
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
			return this.modules + " training module" + ((this.modules == 1) ? "" : "s") + " assigned to " + this.person
					+ " (" + this.reason + "), due " + this.dueOn;
		}

	}

	/** An assignment's due date passed without a pass (found on the daily tick). */
	record TrainingOverdue(UUID practiceId, UUID assignmentId, UUID userId, String person, String moduleTitle,
			LocalDate dueOn) implements TrainingEvent {

		@Override
		public String action() {
			return "training.overdue";
		}

		@Override
		public String objectType() {
			return "training-assignment";
		}

		@Override
		public String objectId() {
			return this.assignmentId.toString();
		}

		@Override
		public String summary() {
			return this.person + "'s training \"" + this.moduleTitle + "\" was due on " + this.dueOn
					+ " and is overdue";
		}

	}

	/** A completion certificate was downloaded. */
	record CertificateDownloaded(UUID practiceId, UUID attemptId, String person,
			String moduleTitle) implements TrainingEvent {

		@Override
		public String action() {
			return "training.certificate-downloaded";
		}

		@Override
		public String objectType() {
			return "training-attempt";
		}

		@Override
		public String objectId() {
			return this.attemptId.toString();
		}

		@Override
		public String summary() {
			return "Completion certificate of " + this.person + " for \"" + this.moduleTitle + "\" downloaded";
		}

	}

	/** Training taken outside Bulwark was recorded. */
	record OutsideTrainingRecorded(UUID practiceId, UUID recordId, String person, String course, String provider,
			LocalDate completedOn, BigDecimal hours) implements TrainingEvent {

		@Override
		public String action() {
			return "training.outside-recorded";
		}

		@Override
		public String objectType() {
			return "outside-training";
		}

		@Override
		public String objectId() {
			return this.recordId.toString();
		}

		@Override
		public String summary() {
			return "Outside training of " + this.person + " recorded: \"" + this.course + "\" by " + this.provider
					+ ", " + this.completedOn + ", " + this.hours.toPlainString() + " h";
		}

	}

	/** The security officer scheduled a security reminder. */
	record ReminderScheduled(UUID practiceId, UUID reminderId, String subject, String audience, String recurrence,
			LocalDate firstOn) implements TrainingEvent {

		@Override
		public String action() {
			return "training.reminder-scheduled";
		}

		@Override
		public String objectType() {
			return "security-reminder";
		}

		@Override
		public String objectId() {
			return this.reminderId.toString();
		}

		@Override
		public String summary() {
			return "Security reminder \"" + this.subject + "\" scheduled from " + this.firstOn + " ("
					+ this.recurrence.toLowerCase(java.util.Locale.ROOT) + ") for " + this.audience;
		}

	}

	/** The security officer stopped a security reminder. */
	record ReminderStopped(UUID practiceId, UUID reminderId, String subject) implements TrainingEvent {

		@Override
		public String action() {
			return "training.reminder-stopped";
		}

		@Override
		public String objectType() {
			return "security-reminder";
		}

		@Override
		public String objectId() {
			return this.reminderId.toString();
		}

		@Override
		public String summary() {
			return "Security reminder \"" + this.subject + "\" stopped";
		}

	}

	/**
	 * A security reminder was sent on its due day (by the daily tick): to how many
	 * people, and how many messages the mail server accepted.
	 */
	record ReminderSent(UUID practiceId, UUID reminderId, UUID sendingId, String subject, LocalDate dueOn,
			int recipients, int delivered) implements TrainingEvent {

		@Override
		public String action() {
			return "training.reminder-sent";
		}

		@Override
		public String objectType() {
			return "security-reminder";
		}

		@Override
		public String objectId() {
			return this.reminderId.toString();
		}

		@Override
		public String summary() {
			return "Security reminder \"" + this.subject + "\" of " + this.dueOn + " sent to " + this.recipients
					+ ((this.recipients == 1) ? " person" : " people") + " (" + this.delivered
					+ " accepted by the mail server)";
		}

	}

	/** The result of a phishing simulation run elsewhere was recorded. */
	record PhishingResultRecorded(UUID practiceId, UUID resultId, String campaign, LocalDate runOn, int sent,
			int clicked, int reported) implements TrainingEvent {

		@Override
		public String action() {
			return "training.phishing-recorded";
		}

		@Override
		public String objectType() {
			return "phishing-result";
		}

		@Override
		public String objectId() {
			return this.resultId.toString();
		}

		@Override
		public String summary() {
			return "Phishing simulation \"" + this.campaign + "\" of " + this.runOn + " recorded: " + this.sent
					+ " sent, " + this.clicked + " clicked, " + this.reported + " reported";
		}

	}

}
