/**
 * The compliance calendar: everything that comes due in a practice, with its due date,
 * its owner and its basis (law in force, proposed rule, recommendation), reminders by
 * e-mail and a private iCalendar feed per person.
 * <p>
 * Items come from three places: other modules' snapshots of their open due items
 * ({@link dev.bulwark.shared.DueItemsReported}, kept per source: an item gone from the
 * snapshot is closed as done by its source), the catalog's recurring obligations (one
 * open occurrence each, generated on the daily tick; proposed-rule ones shown only in
 * NPRM-ready mode) and the practice's own tasks. Completing a recurring or own task
 * records who, when and a note, takes evidence files into the evidence store (owner type
 * {@code task}) and opens the next occurrence.
 * <p>
 * The facade is {@link dev.bulwark.calendar.Tasks}: {@code open}, {@code overdue} and
 * {@code upcoming} for other modules (the dashboard). Events
 * ({@link dev.bulwark.calendar.CalendarEvent}, all audited): TaskAdded, TaskCompleted,
 * TaskRescheduled, ReminderPreferencesChanged, FeedCreated, FeedRevoked, RemindersSent.
 * Reminders and the recurring obligations run on
 * {@link dev.bulwark.shared.PracticeDayBegan}, once per practice and day across nodes.
 * Decisions: {@code docs/adr/0017-compliance-calendar.md}.
 */
@ApplicationModule(displayName = "Compliance calendar",
		allowedDependencies = { "shared", "practice", "identity", "catalog", "evidence" })
package dev.bulwark.calendar;

import org.springframework.modulith.ApplicationModule;
