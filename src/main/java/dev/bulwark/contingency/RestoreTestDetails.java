package dev.bulwark.contingency;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One recorded test restore.
 *
 * @param id the test
 * @param assetId the system
 * @param systemName its name in the inventory
 * @param performedOn the practice's date of the test
 * @param what what was restored
 * @param durationMinutes how long it took
 * @param outcome whether it succeeded
 * @param performedBy who did it
 * @param notes what went wrong, what to change
 */
record RestoreTestDetails(UUID id, UUID assetId, String systemName, LocalDate performedOn, String what,
		int durationMinutes, RestoreOutcome outcome, String performedBy, String notes) {

	RestoreTestDetails withSystemName(String name) {
		return new RestoreTestDetails(this.id, this.assetId, name, this.performedOn, this.what, this.durationMinutes,
				this.outcome, this.performedBy, this.notes);
	}

	public boolean succeeded() {
		return this.outcome == RestoreOutcome.SUCCEEDED;
	}

	/** The duration in words: "45 min", "3 h 20 min". */
	public String duration() {
		return Durations.minutes(this.durationMinutes);
	}

}
