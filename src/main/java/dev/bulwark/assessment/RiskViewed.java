package dev.bulwark.assessment;

import java.util.UUID;

/**
 * One risk was read.
 */
public record RiskViewed(UUID practiceId, UUID riskId) implements RiskEvent {

	@Override
	public String action() {
		return "risk.viewed";
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
		return "Risk viewed";
	}

}
