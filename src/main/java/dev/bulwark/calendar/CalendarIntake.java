package dev.bulwark.calendar;

import dev.bulwark.shared.DueItemsReported;
import dev.bulwark.shared.PracticeDayBegan;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the calendar in step: each module's snapshot of due items after it commits, and
 * the catalog's recurring obligations when a practice's day begins (once per practice and
 * day across nodes), then that day's reminders. Both run in their own transaction,
 * recorded in the event publication registry so a crash does not lose them.
 */
@Component
class CalendarIntake {

	private final Tasks tasks;

	private final Reminders reminders;

	CalendarIntake(Tasks tasks, Reminders reminders) {
		this.tasks = tasks;
		this.reminders = reminders;
	}

	@ApplicationModuleListener
	void on(DueItemsReported report) {
		this.tasks.receive(report);
	}

	@ApplicationModuleListener
	void on(PracticeDayBegan day) {
		this.tasks.generateRecurring(day.practiceId(), day.date());
		this.reminders.send(day.practiceId(), day.date());
	}

}
