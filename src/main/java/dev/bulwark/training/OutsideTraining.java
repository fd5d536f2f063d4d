package dev.bulwark.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;

/**
 * A record of training taken outside Bulwark: who, which course, who gave it, when and
 * how many hours. Its certificate, if any, is in the evidence store (owner type
 * {@value #EVIDENCE_TYPE}).
 *
 * @param userId the person's account, or {@code null} for someone without one
 */
record OutsideTraining(UUID id, UUID userId, String personName, String course, String provider, LocalDate completedOn,
		BigDecimal hours, String notes, Instant recordedAt) {

	/** The evidence owner type its certificates are attached to. */
	static final String EVIDENCE_TYPE = "training-record";

	/**
	 * A new record from the form, for a person already resolved (their account's name, or
	 * the name typed).
	 * @throws InvalidInputException for a completion date after today, or no person
	 */
	static OutsideTraining record(UUID id, OutsideTrainingForm form, UUID userId, String personName, LocalDate today,
			Instant now) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		problems.addIf(userId == null && personName == null, "userId",
				"Choose the person, or type the name of someone without an account.");
		problems.addIf(form.completedOn() != null && form.completedOn().isAfter(today), "completedOn",
				"The completion date cannot be in the future.");
		problems.throwIfAny();
		return new OutsideTraining(id, userId, personName, form.course(), form.provider(), form.completedOn(),
				form.hours(), form.notes(), now);
	}

	TrainingEvent.OutsideTrainingRecorded recorded(UUID practiceId) {
		return new TrainingEvent.OutsideTrainingRecorded(practiceId, this.id, this.personName, this.course,
				this.provider, this.completedOn, this.hours);
	}

}
