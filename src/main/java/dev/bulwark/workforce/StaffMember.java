package dev.bulwark.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person of the workforce roster, as pages, the API and other modules see them.
 *
 * @param id the person
 * @param name their name
 * @param jobRole their job, e.g. "Front desk"
 * @param workforceType employee, contractor, volunteer or trainee
 * @param startedOn the first day of work, if known
 * @param endedOn the last day of work, once a departure is recorded
 * @param endedAt the moment employment ended, once a departure is recorded
 * @param supervisorId who supervises them, or {@code null}
 * @param supervisorName that person's name, or {@code null}
 * @param userId the Bulwark member this person signs in as, or {@code null} if they do
 * not sign in
 * @param clearanceDone whether the clearance checks were made (164.308(a)(3)(ii)(B))
 * @param clearanceOn when they were completed
 * @param clearanceNote what was checked
 */
public record StaffMember(UUID id, String name, String jobRole, WorkforceType workforceType, LocalDate startedOn,
		LocalDate endedOn, Instant endedAt, UUID supervisorId, String supervisorName, UUID userId,
		boolean clearanceDone, LocalDate clearanceOn, String clearanceNote) {

	/** Whether the person still works for the practice (no departure recorded). */
	public boolean active() {
		return this.endedAt == null;
	}

}
