/**
 * Security awareness training that ships with Bulwark (164.308(a)(5)(i)): six short
 * modules with quizzes ({@code catalog/training/*.yaml}), taking them (read, answer,
 * score, pass or fail, retake), completion records with score, date and module version,
 * assignments on joining and yearly (a recommendation: the rule sets no interval),
 * overdue assignments on the daily tick, the officer's completion matrix and a completion
 * certificate as PDF; records of training taken elsewhere with their certificates in the
 * evidence store; security reminders (164.308(a)(5)(ii)(A)) e-mailed on the daily tick
 * and recorded with their recipients; phishing simulation results with their trend; and
 * each person's own task list (modules to take, policies to acknowledge).
 * <p>
 * The facade is {@link dev.bulwark.training.Training}. Events
 * ({@link dev.bulwark.training.TrainingEvent}, all audited): QuizTaken, TrainingAssigned,
 * TrainingOverdue, CertificateDownloaded, OutsideTrainingRecorded, ReminderScheduled,
 * ReminderStopped, ReminderSent, PhishingResultRecorded. Due dates reach the calendar
 * through {@link dev.bulwark.shared.DueItemsReported} (source {@code training}).
 */
@ApplicationModule(displayName = "Training",
		allowedDependencies = { "shared", "practice", "identity", "policies", "evidence" })
package dev.bulwark.training;

import org.springframework.modulith.ApplicationModule;
