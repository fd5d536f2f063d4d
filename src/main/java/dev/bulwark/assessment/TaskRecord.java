package dev.bulwark.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A stored remediation task of a risk. */
record TaskRecord(UUID id, UUID riskId, String title, @Nullable UUID ownerId, @Nullable LocalDate dueDate,
		@Nullable Instant doneAt, int position, Instant createdAt) {

}
