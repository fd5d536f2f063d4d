package dev.bulwark.contingency;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A plan test or tabletop exercise as recorded.
 *
 * @param heldOn the day it was held (not in the future)
 * @param kind how the plan was tested
 * @param scenario what was played through
 * @param participants who took part
 * @param findings what did not work
 * @param followUp what will be changed
 * @param followUpDueOn by when (needed with follow-up actions)
 */
record ExerciseForm(@NotNull(message = "Enter the day the exercise was held.") LocalDate heldOn,
		@NotNull(message = "Choose how the plan was tested.") ExerciseKind kind,
		@NotBlank(message = "Say what was played through, for example \"ransomware on the front desk PC\".") @Size(
				max = 500, message = "Keep this under 500 characters.") String scenario,
		@Size(max = 1000, message = "Keep this under 1,000 characters.") String participants,
		@Size(max = 4000, message = "Keep this under 4,000 characters.") String findings,
		@Size(max = 4000, message = "Keep this under 4,000 characters.") String followUp, LocalDate followUpDueOn) {

	static ExerciseForm blank(LocalDate today) {
		return new ExerciseForm(today, null, null, null, null, null, null);
	}

}
