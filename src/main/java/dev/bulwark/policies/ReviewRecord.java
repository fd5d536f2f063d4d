package dev.bulwark.policies;

import java.time.LocalDate;
import java.util.UUID;

/** A recorded periodic review of a document. */
record ReviewRecord(UUID id, LocalDate reviewedOn, String reviewerName, boolean changesNeeded, String notes,
		LocalDate nextDueOn) {

}
