package dev.bulwark.incidents;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The security officer's triage: type, status, whether PHI is involved, the systems and
 * vendors involved, root cause and lessons.
 */
record TriageForm(@NotNull(message = "Choose the type of incident.") IncidentType type,
		@NotNull(message = "Choose where the response stands.") IncidentStatus status, Boolean phiInvolved,
		List<UUID> systemIds, @Size(max = 500, message = "Keep the vendors under 500 characters.") String vendors,
		@Size(max = 4000, message = "Keep the root cause under 4,000 characters.") String rootCause,
		@Size(max = 4000, message = "Keep the lessons under 4,000 characters.") String lessons) {

	TriageForm {
		phiInvolved = Boolean.TRUE.equals(phiInvolved);
		systemIds = (systemIds != null) ? List.copyOf(systemIds.stream().filter(java.util.Objects::nonNull).toList())
				: List.of();
	}

}
