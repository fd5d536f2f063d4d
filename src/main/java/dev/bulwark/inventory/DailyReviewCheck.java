package dev.bulwark.inventory;

import dev.bulwark.shared.PracticeDayBegan;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The yearly review falls due with the passing of days, not with edits: when a new day
 * begins in a practice, its review finding is brought up to date (opened on the day the
 * last review is 12 months old). Pages only read the stored finding.
 * <p>
 * Runs after the tick's transaction commits, in its own transaction, and is recorded in
 * the event publication registry, so a crash mid-way repeats it rather than losing it.
 */
@Component
class DailyReviewCheck {

	private final Findings findings;

	DailyReviewCheck(Findings findings) {
		this.findings = findings;
	}

	@ApplicationModuleListener
	void on(PracticeDayBegan day) {
		this.findings.refreshReview(day.practiceId(), day.date(), day.zone());
	}

}
