package dev.bulwark.workforce;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person of the roster, as typed on the page or sent as JSON. The departure is recorded
 * separately ({@link DepartureForm}), because it starts the offboarding checklist.
 *
 * @param name the person's name
 * @param jobRole their job
 * @param workforceType employee, contractor, volunteer or trainee
 * @param startedOn first day of work
 * @param supervisorId another person of the roster, or {@code null}
 * @param userId the Bulwark member this person signs in as, or {@code null}
 * @param clearanceDone whether the clearance checks were made; {@code null} is "no"
 * @param clearanceOn when they were completed (required when done)
 * @param clearanceNote what was checked, e.g. references, licence, exclusion list
 */
record StaffForm(
		@NotBlank(message = "Enter the person's name.") @Size(max = 200,
				message = "Keep the name under 200 characters.") String name,
		@Size(max = 200, message = "Keep the job role under 200 characters.") String jobRole,
		@NotNull(message = "Choose how this person belongs to the workforce.") WorkforceType workforceType,
		LocalDate startedOn, UUID supervisorId, UUID userId, Boolean clearanceDone, LocalDate clearanceOn,
		@Size(max = 1000, message = "Keep the note under 1,000 characters.") String clearanceNote) {

	StaffForm {
		clearanceDone = Boolean.TRUE.equals(clearanceDone);
	}

	static StaffForm blank() {
		return new StaffForm(null, null, null, null, null, null, false, null, null);
	}

	static StaffForm of(StaffMember person) {
		return new StaffForm(person.name(), person.jobRole(), person.workforceType(), person.startedOn(),
				person.supervisorId(), person.userId(), person.clearanceDone(), person.clearanceOn(),
				person.clearanceNote());
	}

}
