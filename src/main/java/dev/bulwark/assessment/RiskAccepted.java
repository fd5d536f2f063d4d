package dev.bulwark.assessment;

import java.util.UUID;

/**
 * The security officer accepted a risk with a written justification.
 */
public record RiskAccepted(UUID practiceId, UUID riskId) implements RiskEvent {

	@Override
	public String action() {
		return "risk.accepted";
	}

	@Override
	public String objectType() {
		return "risk";
	}

	@Override
	public String objectId() {
		return this.riskId.toString();
	}

	@Override
	public String summary() {
		return "Risk accepted by the security officer with a written justification";
	}

}
