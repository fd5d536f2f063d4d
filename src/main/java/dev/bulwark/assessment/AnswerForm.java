package dev.bulwark.assessment;

import dev.bulwark.shared.InvalidInputException;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An answer to one question.
 *
 * @param answer the answer, or {@code null} to leave the question unanswered (e.g. only
 * flag it)
 * @param notApplicableReason why the question does not apply; required with
 * {@link AnswerValue#NOT_APPLICABLE}
 * @param notes anything worth recording: what is in place, what is planned
 * @param evidence where the proof is: links or references, one per line
 * @param flagged whether to come back to the question later
 */
record AnswerForm(@Nullable AnswerValue answer,
		@Size(max = 2000, message = "Keep the reason under 2,000 characters.") @Nullable String notApplicableReason,
		@Size(max = 4000, message = "Keep the notes under 4,000 characters.") @Nullable String notes,
		@Size(max = 4000, message = "Keep the evidence references under 4,000 characters.") @Nullable String evidence,
		Boolean flagged) {

	public AnswerForm {
		// An unticked checkbox sends nothing.
		flagged = Boolean.TRUE.equals(flagged);
	}

	/** Checks the rules that need more than one field. */
	void check() {
		if (this.answer == AnswerValue.NOT_APPLICABLE && trimmed(this.notApplicableReason) == null) {
			throw InvalidInputException.of("notApplicableReason",
					"Say why this question does not apply to your practice.");
		}
	}

	/** Whether the form carries nothing at all: no answer, no text, no flag. */
	boolean blank() {
		return this.answer == null && trimmed(this.notApplicableReason) == null && trimmed(this.notes) == null
				&& trimmed(this.evidence) == null && !this.flagged;
	}

	static @Nullable String trimmed(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
