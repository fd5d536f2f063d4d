package dev.bulwark.assessment;

import java.util.UUID;

/**
 * A proposed risk nobody had worked on was withdrawn because its gap closed.
 */
public record RiskWithdrawn(UUID practiceId, UUID riskId, String sourceKey) implements RiskEvent {

	@Override
	public String action() {
		return "risk.withdrawn";
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
		return "Proposed risk withdrawn: the gap " + this.sourceKey + " is no longer reported";
	}

}
