package dev.bulwark.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A remediation step of the treatment plan. Without an owner or due date of its own, it
 * takes the risk's.
 */
record TreatmentTask(UUID id, UUID riskId, String riskTitle, RiskLevel riskLevel, String title, @Nullable UUID ownerId,
		@Nullable String ownerName, @Nullable LocalDate dueDate, @Nullable Instant doneAt) {

	public boolean done() {
		return this.doneAt != null;
	}

	/** Whether the task is not done and its due date has passed. */
	public boolean overdueOn(LocalDate today) {
		return !done() && this.dueDate != null && this.dueDate.isBefore(today);
	}

}
