package dev.bulwark.vendors;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One material breach of a business associate and the practice's response. */
record MaterialBreachDetails(UUID id, UUID vendorId, String vendorName, LocalDate learnedOn, String pattern,
		String steps, BreachOutcome outcome, LocalDate outcomeOn, String notes, Instant recordedAt, Instant updatedAt) {

	public boolean open() {
		return this.outcome.open();
	}

}
