package dev.bulwark.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A line of an incident list.
 *
 * @param conclusion the assessment's conclusion, or {@code null} when not assessed
 */
record IncidentSummary(UUID id, String what, LocalDate happenedOn, String reportedByName, Instant reportedAt,
		IncidentStatus status, IncidentType type, Conclusion conclusion) {

	public String typeLabel() {
		return (this.type != null) ? this.type.label() : "Not yet triaged";
	}

}
