package dev.bulwark.contingency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One step of one of the three plans, added at the end of its list.
 *
 * @param part which plan
 * @param text what to do, in one or two sentences
 */
record StepForm(@NotNull(message = "Choose the plan the step belongs to.") PlanPart part,
		@NotBlank(message = "Write what to do.") @Size(max = 2000,
				message = "Keep a step under 2,000 characters; split longer ones.") String text) {

	static StepForm blank() {
		return new StepForm(null, null);
	}

}
