package dev.bulwark.assessment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Questions were assigned to a member, or their assignment removed.
 *
 * @param assigneeId the member, or {@code null} when the assignment was removed
 */
public record QuestionsAssigned(UUID practiceId, UUID assessmentId, int questions,
		@Nullable UUID assigneeId) implements AssessmentEvent {

	@Override
	public String action() {
		return "assessment.assigned";
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
		return this.questions + " question(s) "
				+ ((this.assigneeId != null) ? "assigned to " + this.assigneeId : "no longer assigned");
	}

}
