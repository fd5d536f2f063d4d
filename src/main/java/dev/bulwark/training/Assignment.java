package dev.bulwark.training;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A module a person is asked to complete by a date. Open until the person passes the
 * module; passing completes it and opens the next one a year later (Bulwark's
 * recommendation). Overdue once the practice's day after the due date has begun.
 */
record Assignment(UUID id, UUID userId, String personName, String moduleKey, Reason reason, LocalDate assignedOn,
		LocalDate dueOn, boolean overdue, LocalDate completedOn, UUID attemptId) {

	/** Days Bulwark gives a newcomer or a person assigned a module: a recommendation. */
	static final int DAYS_TO_COMPLETE = 30;

	boolean open() {
		return this.completedOn == null;
	}

	/** Whether the daily tick of {@code today} makes this assignment overdue now. */
	boolean becomesOverdueOn(LocalDate today) {
		return open() && !this.overdue && today.isAfter(this.dueOn);
	}

	/** Why a module was assigned. */
	enum Reason {

		JOINED("on joining"), ASSIGNED("assigned by the security officer"), YEARLY("yearly refresher, recommended");

		private final String label;

		Reason(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
