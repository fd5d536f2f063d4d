package dev.bulwark.assessment;

import java.util.UUID;

/**
 * Two assessments were compared.
 *
 * @param assessmentId the newer one
 * @param olderId the older one
 */
public record AssessmentsCompared(UUID practiceId, UUID assessmentId, UUID olderId) implements AssessmentEvent {

	@Override
	public String action() {
		return "assessment.compared";
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
		return "Assessment compared with " + this.olderId;
	}

}
