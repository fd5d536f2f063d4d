package dev.bulwark.assessment;

import dev.bulwark.shared.InvalidInputException;
import java.util.UUID;

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
 * @param plannedTaskId for "not yet in place": the treatment-plan task that puts it in
 * place
 */
record DecisionForm(@NotNull(message = "Choose what you decided.") @Nullable DecisionOutcome outcome,
		@Size(max = 4000, message = "Keep the description under 4,000 characters.") @Nullable String alternative,
		@Size(max = 4000, message = "Keep the reason under 4,000 characters.") @Nullable String reason,
		Boolean alternativeImplemented, @Nullable UUID plannedTaskId) {

	public DecisionForm {
		// An unticked checkbox sends nothing.
		alternativeImplemented = Boolean.TRUE.equals(alternativeImplemented);
	}

	/**
	 * Checks the rules that need more than one field, reporting every problem at once.
	 */
	void check() {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		check(problems, "");
		problems.throwIfAny();
	}

	/**
	 * Adds the problems of the rules that need more than one field, each on its field
	 * name after {@code prefix} ({@code rows[3].} on the page of all decisions).
	 */
	void check(InvalidInputException.Problems problems, String prefix) {
		boolean notReasonable = this.outcome == DecisionOutcome.NOT_REASONABLE;
		problems
			.addIf(this.outcome == DecisionOutcome.ALTERNATIVE && AnswerForm.trimmed(this.alternative) == null,
					prefix + "alternative", "Describe the alternative you use instead and why it is equivalent.")
			.addIf(notReasonable && AnswerForm.trimmed(this.reason) == null, prefix + "reason",
					"Explain why this is not reasonable and appropriate for your practice.")
			.addIf(notReasonable && this.alternativeImplemented && AnswerForm.trimmed(this.alternative) == null,
					prefix + "alternative", "Describe the alternative you use instead.")
			.addIf(this.outcome == DecisionOutcome.PLANNED && this.plannedTaskId == null, prefix + "plannedTaskId",
					"Choose the treatment-plan task that puts it in place.");
	}

}
