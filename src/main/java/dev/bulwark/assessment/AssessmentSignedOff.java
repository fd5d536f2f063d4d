package dev.bulwark.assessment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The security officer signed the assessment off; it is frozen from now on. The next
 * yearly risk analysis is due from this date.
 *
 * @param signedBy the signer's name as typed
 * @param signedOn the practice's local date of the sign-off
 */
public record AssessmentSignedOff(UUID practiceId, UUID assessmentId, String signedBy, LocalDate signedOn, int answered,
		int asked, long currentRisks) implements AssessmentEvent {

	@Override
	public String action() {
		return "assessment.signed-off";
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
		return "Signed off by " + this.signedBy + " on " + this.signedOn + ": " + this.answered + " of " + this.asked
				+ " questions answered, " + this.currentRisks + " current risks";
	}

}
