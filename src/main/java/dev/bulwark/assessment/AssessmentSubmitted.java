package dev.bulwark.assessment;

import java.util.UUID;

/**
 * A draft was handed to the security officer for review.
 */
public record AssessmentSubmitted(UUID practiceId, UUID assessmentId) implements AssessmentEvent {

	@Override
	public String action() {
		return "assessment.submitted";
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
		return "Assessment submitted for review";
	}

}
