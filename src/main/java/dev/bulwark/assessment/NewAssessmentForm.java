package dev.bulwark.assessment;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Starting an assessment.
 *
 * @param title a name such as "Risk assessment 2027"; a dated default otherwise
 * @param carryOver whether to start from the last signed-off assessment's profile,
 * answers and decisions
 */
record NewAssessmentForm(@Size(max = 200, message = "Keep the title under 200 characters.") @Nullable String title,
		Boolean carryOver) {

	public NewAssessmentForm {
		// An unticked checkbox sends nothing.
		carryOver = Boolean.TRUE.equals(carryOver);
	}

}
