package dev.bulwark.contingency;

import dev.bulwark.shared.PracticeDayBegan;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Restore tests fall due and backups age with the passing of days, and systems come and
 * go in the inventory: when a practice's day begins, the gaps and due items are reported
 * again. Runs after the tick commits, in its own transaction, recorded in the event
 * publication registry.
 */
@Component
class DailyContingencyCheck {

	private final Contingency contingency;

	DailyContingencyCheck(Contingency contingency) {
		this.contingency = contingency;
	}

	@ApplicationModuleListener
	void on(PracticeDayBegan day) {
		this.contingency.report(day.practiceId());
	}

}
