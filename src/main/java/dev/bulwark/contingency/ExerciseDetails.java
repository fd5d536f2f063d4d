package dev.bulwark.contingency;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A plan test or tabletop exercise.
 *
 * @param id the exercise
 * @param heldOn the practice's date
 * @param kind how the plan was tested
 * @param scenario what was played through, e.g. "ransomware on the front desk PC"
 * @param participants who took part
 * @param findings what did not work
 * @param followUp what will be changed
 * @param followUpDueOn by when
 * @param followUpDoneOn when it was done, or {@code null}
 */
record ExerciseDetails(UUID id, LocalDate heldOn, ExerciseKind kind, String scenario, String participants,
		String findings, String followUp, LocalDate followUpDueOn, LocalDate followUpDoneOn) {

	/** Whether follow-up actions were agreed and are not done yet. */
	public boolean followUpOpen() {
		return this.followUp != null && this.followUpDoneOn == null;
	}

}
