package dev.bulwark.assessment;

import java.util.UUID;

/**
 * The scope of an assessment (locations, period, what is out of scope, participants,
 * incidents in the period, next review) was saved. The summary names no free text: the
 * fields may name people and incidents.
 */
public record ScopeSaved(UUID practiceId, UUID assessmentId) implements AssessmentEvent {

	@Override
	public String action() {
		return "assessment.scope-changed";
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
		return "Scope, participants and review dates of the analysis saved";
	}

}
