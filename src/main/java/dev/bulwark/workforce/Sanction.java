package dev.bulwark.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;

/**
 * A sanction record (164.308(a)(1)(ii)(C)): who, when, which policy, what happened, the
 * sanction applied and who recorded it. Restricted to the security officer. Records are
 * kept as written: a correction is a new record.
 *
 * @param id the record
 * @param personId the person sanctioned
 * @param personName their name
 * @param occurredOn the date of the violation
 * @param policyViolated the policy broken
 * @param whatHappened what the person did
 * @param sanction what was applied
 * @param recordedByName who recorded it
 * @param recordedAt when
 */
record Sanction(UUID id, UUID personId, String personName, LocalDate occurredOn, String policyViolated,
		String whatHappened, String sanction, String recordedByName, Instant recordedAt) {

	/**
	 * The rules of a new record: the violation is not in the future, nor before the
	 * person started.
	 */
	static void check(SanctionForm form, StaffMember person, LocalDate today) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		if (form.occurredOn().isAfter(today)) {
			problems.add("occurredOn", "The date cannot be in the future.");
		}
		if (person.startedOn() != null && form.occurredOn().isBefore(person.startedOn())) {
			problems.add("occurredOn",
					"The date cannot be before " + person.name() + " started (" + person.startedOn() + ").");
		}
		problems.throwIfAny();
	}

}
