package dev.bulwark.assessment;

import java.util.UUID;

/**
 * The decision on an addressable specification was recorded (164.306(d)(3)).
 *
 * @param specification the specification's title
 * @param outcome {@code IMPLEMENTED}, {@code ALTERNATIVE} or {@code NOT_REASONABLE}
 */
public record AddressableDecisionRecorded(UUID practiceId, UUID assessmentId, String citation, String specification,
		String outcome) implements AssessmentEvent {

	@Override
	public String action() {
		return "assessment.decision-recorded";
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
		return "Decision on " + this.citation + " " + this.specification + ": "
				+ DecisionOutcome.valueOf(this.outcome).label();
	}

}
