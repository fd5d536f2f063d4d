package dev.bulwark.assessment;

import java.util.UUID;

/**
 * The practice profile of an assessment was saved.
 *
 * @param riskChanges what it changed in the proposed risks, in words (may be empty)
 */
public record ProfileSaved(UUID practiceId, UUID assessmentId, int answered, int fields,
		String riskChanges) implements AssessmentEvent {

	@Override
	public String action() {
		return "assessment.profile-changed";
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
		return "Practice profile saved (" + this.answered + " of " + this.fields + " answered)" + this.riskChanges;
	}

}
