package dev.bulwark.assessment;

import java.util.UUID;

/**
 * A gap reported by another module (see {@link dev.bulwark.shared.GapsReported}) became a
 * proposed risk.
 *
 * @param sourceKey {@code source:key}, e.g. {@code inventory:asset.unencrypted}
 * @param again whether an automatically withdrawn proposal came back
 */
public record RiskProposed(UUID practiceId, UUID riskId, String sourceKey, String citation,
		boolean again) implements RiskEvent {

	@Override
	public String action() {
		return "risk.proposed";
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
		return (this.again ? "Risk proposed again: the gap " + this.sourceKey + " was reported open again"
				: "Risk proposed from the gap " + this.sourceKey) + " (" + this.citation + ")";
	}

}
