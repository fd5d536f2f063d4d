package dev.bulwark.assessment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An assessment was started, fresh or from the last signed-off one.
 *
 * @param carriedOverFrom the signed-off assessment it starts from, or {@code null}
 * @param risksCarriedIn current risks of the register that moved into it
 */
public record AssessmentStarted(UUID practiceId, UUID assessmentId, String title, @Nullable UUID carriedOverFrom,
		int risksCarriedIn) implements AssessmentEvent {

	@Override
	public String action() {
		return "assessment.created";
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
		return "Assessment started"
				+ ((this.carriedOverFrom != null) ? " from the answers of " + this.carriedOverFrom : " fresh") + "; "
				+ this.risksCarriedIn + " current risks carried into it";
	}

}
