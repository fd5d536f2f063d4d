package dev.bulwark.incidents;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The breach assessment (164.402): whether an exception applies, whether the PHI was
 * secured, the four factors with the practice's reasoning, and whether the practice
 * concludes a low probability of compromise.
 */
record AssessmentForm(@NotNull(message = "Say whether one of the exceptions applies.") ExceptionKind exceptionKind,
		@Size(max = 4000, message = "Keep it under 4,000 characters.") String exceptionReasoning, Boolean secured,
		@Size(max = 4000, message = "Keep it under 4,000 characters.") String securedReasoning,
		@Size(max = 4000, message = "Keep it under 4,000 characters.") String factorNature,
		@Size(max = 4000, message = "Keep it under 4,000 characters.") String factorRecipient,
		@Size(max = 4000, message = "Keep it under 4,000 characters.") String factorAcquired,
		@Size(max = 4000, message = "Keep it under 4,000 characters.") String factorMitigation,
		Boolean lowProbability) {

	AssessmentForm {
		secured = Boolean.TRUE.equals(secured);
		lowProbability = Boolean.TRUE.equals(lowProbability);
	}

	static AssessmentForm blank() {
		return new AssessmentForm(ExceptionKind.NONE, null, false, null, null, null, null, null, false);
	}

}
