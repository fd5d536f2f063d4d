package dev.bulwark.assessment;

import java.util.UUID;

/**
 * A proposed risk nobody has worked on took the current title and affected systems of its
 * gap.
 */
public record ProposedRiskRefreshed(UUID practiceId, UUID riskId, String sourceKey) implements RiskEvent {

	@Override
	public String action() {
		return "risk.proposal-updated";
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
		return "Proposed risk brought up to date with the gap " + this.sourceKey;
	}

}
