package dev.bulwark.assessment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A question was answered (or flagged, or its notes changed).
 *
 * @param answer the answer ({@code YES}, {@code PARTLY}, {@code NO},
 * {@code NOT_APPLICABLE}, {@code DONT_KNOW}), or {@code null}
 * @param riskChanges what it changed in the proposed risks, in words (may be empty)
 */
public record AnswerSaved(UUID practiceId, UUID assessmentId, String questionKey, @Nullable String answer,
		boolean flagged, String riskChanges) implements AssessmentEvent {

	@Override
	public String action() {
		return "assessment.answered";
	}

	@Override
	public String objectType() {
		return "assessment";
	}

	@Override
	public String objectId() {
		return this.assessmentId.toString();
	}

	@Override
	public String summary() {
		return "Question " + this.questionKey + " answered: "
				+ ((this.answer != null) ? AnswerValue.valueOf(this.answer).label() : "no answer")
				+ (this.flagged ? " (flagged for later)" : "") + this.riskChanges;
	}

}
