package dev.bulwark.assessment;

import java.util.UUID;

/**
 * An assessment in review was sent back to draft.
 */
public record AssessmentReopened(UUID practiceId, UUID assessmentId) implements AssessmentEvent {

	@Override
	public String action() {
		return "assessment.reopened";
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
		return "Assessment sent back to draft";
	}

}
