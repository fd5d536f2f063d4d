package dev.bulwark.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The decision on an addressable specification.
 *
 * @param outcome implemented, an equivalent alternative, or not reasonable and
 * appropriate
 * @param alternative the alternative in place (required for an alternative, and when an
 * alternative is used instead of a specification found not reasonable)
 * @param reason why the specification is not reasonable and appropriate
 * @param alternativeImplemented for "not reasonable": whether an alternative is in place
 */
public record DecisionForm(@NotNull(message = "Choose what you decided.") @Nullable DecisionOutcome outcome,
		@Size(max = 4000, message = "Keep the description under 4,000 characters.") @Nullable String alternative,
		@Size(max = 4000, message = "Keep the reason under 4,000 characters.") @Nullable String reason,
		Boolean alternativeImplemented) {

	public DecisionForm {
		// An unticked checkbox sends nothing.
		alternativeImplemented = Boolean.TRUE.equals(alternativeImplemented);
	}

	void check() {
		if (this.outcome == DecisionOutcome.ALTERNATIVE && AnswerForm.trimmed(this.alternative) == null) {
			throw new AssessmentInputException("alternative",
					"Describe the alternative you use instead and why it is equivalent.");
		}
		if (this.outcome == DecisionOutcome.NOT_REASONABLE) {
			if (AnswerForm.trimmed(this.reason) == null) {
				throw new AssessmentInputException("reason",
						"Explain why this is not reasonable and appropriate for your practice.");
			}
			if (this.alternativeImplemented && AnswerForm.trimmed(this.alternative) == null) {
				throw new AssessmentInputException("alternative", "Describe the alternative you use instead.");
			}
		}
	}

}
