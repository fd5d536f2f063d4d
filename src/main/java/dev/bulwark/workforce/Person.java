package dev.bulwark.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.StateConflictException;

/**
 * A person of the roster and the rules of their record: clearance checks are dated and
 * not in the future, nobody supervises themselves, work does not start after it ended.
 * Plain Java.
 */
final class Person {

	private final UUID practiceId;

	private final UUID id;

	private StaffForm details;

	private LocalDate endedOn;

	private Instant endedAt;

	private Person(UUID practiceId, UUID id, StaffForm details, LocalDate endedOn, Instant endedAt) {
		this.practiceId = practiceId;
		this.id = id;
		this.details = details;
		this.endedOn = endedOn;
		this.endedAt = endedAt;
	}

	/** A new person of the roster. */
	static Person add(UUID practiceId, StaffForm form, LocalDate today) {
		return add(practiceId, form, today, new InvalidInputException.Problems());
	}

	/**
	 * A new person of the roster; {@code problems} already found (ids that are not the
	 * practice's) are reported together with the record's own.
	 */
	static Person add(UUID practiceId, StaffForm form, LocalDate today, InvalidInputException.Problems problems) {
		UUID id = UUID.randomUUID();
		check(id, form, today, null, problems);
		return new Person(practiceId, id, form, null, null);
	}

	/** A stored person. */
	static Person of(UUID practiceId, StaffMember stored) {
		return new Person(practiceId, stored.id(), StaffForm.of(stored), stored.endedOn(), stored.endedAt());
	}

	WorkforceEvent.StaffAdded added() {
		return new WorkforceEvent.StaffAdded(this.practiceId, this.id, this.details.name(),
				this.details.workforceType().label());
	}

	/** New details; the departure, if any, stays as recorded. */
	WorkforceEvent.StaffChanged change(StaffForm form, LocalDate today) {
		return change(form, today, new InvalidInputException.Problems());
	}

	/** New details, reporting {@code problems} already found with the record's own. */
	WorkforceEvent.StaffChanged change(StaffForm form, LocalDate today, InvalidInputException.Problems problems) {
		check(this.id, form, today, this.endedOn, problems);
		this.details = form;
		return new WorkforceEvent.StaffChanged(this.practiceId, this.id, form.name());
	}

	private static void check(UUID id, StaffForm form, LocalDate today, LocalDate endedOn,
			InvalidInputException.Problems problems) {
		if (form.clearanceDone() && form.clearanceOn() == null) {
			problems.add("clearanceOn", "Enter the date the clearance checks were completed.");
		}
		if (!form.clearanceDone() && form.clearanceOn() != null) {
			problems.add("clearanceOn", "Tick \"Clearance checks done\" as well, or leave the date empty.");
		}
		if (form.clearanceOn() != null && form.clearanceOn().isAfter(today)) {
			problems.add("clearanceOn", "The clearance checks cannot be completed in the future.");
		}
		if (id.equals(form.supervisorId())) {
			problems.add("supervisorId", "A person cannot supervise themselves.");
		}
		if (endedOn != null && form.startedOn() != null && form.startedOn().isAfter(endedOn)) {
			problems.add("startedOn", "The start date cannot be after the last day of work (" + endedOn + ").");
		}
		problems.throwIfAny();
	}

	/**
	 * Records the end of employment.
	 * @throws StateConflictException if a departure is already recorded
	 */
	void depart(LocalDate lastDay, Instant endedAt) {
		if (this.endedAt != null) {
			throw StateConflictException.of("The departure of \"" + this.details.name()
					+ "\" was already recorded (last day " + this.endedOn + ").");
		}
		if (this.details.startedOn() != null && lastDay.isBefore(this.details.startedOn())) {
			throw InvalidInputException.of("endedOn",
					"The last day cannot be before the first day of work (" + this.details.startedOn() + ").");
		}
		this.endedOn = lastDay;
		this.endedAt = endedAt;
	}

	UUID practiceId() {
		return this.practiceId;
	}

	UUID id() {
		return this.id;
	}

	StaffForm details() {
		return this.details;
	}

	LocalDate endedOn() {
		return this.endedOn;
	}

	Instant endedAt() {
		return this.endedAt;
	}

}
