package dev.bulwark.assessment;

import java.util.UUID;

import dev.bulwark.shared.AuditableRead;

/**
 * One risk was read.
 */
public record RiskViewed(UUID practiceId, UUID riskId) implements RiskEvent, AuditableRead {

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
