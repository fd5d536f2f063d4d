package dev.bulwark.assessment;

import java.util.UUID;

/**
 * A risk was added to the register by hand.
 */
public record RiskAdded(UUID practiceId, UUID riskId, String title) implements RiskEvent {

	@Override
	public String action() {
		return "risk.created";
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
		return "Risk added by hand: " + this.title;
	}

}
