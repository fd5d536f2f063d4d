package dev.bulwark.assessment;

import java.util.UUID;

import dev.bulwark.shared.AuditableRead;

/**
 * An assessment was read with its answers through the API (they show the practice's
 * weaknesses).
 */
public record AssessmentViewed(UUID practiceId, UUID assessmentId) implements AssessmentEvent, AuditableRead {

	@Override
	public String action() {
		return "assessment.viewed";
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
		return "Assessment read with its answers";
	}

}
