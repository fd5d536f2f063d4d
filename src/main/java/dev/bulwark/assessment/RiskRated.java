package dev.bulwark.assessment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A risk was rated or its treatment, owner, due date or status changed.
 *
 * @param fromStatus the status before ({@code PROPOSED}, {@code OPEN}, {@code ACCEPTED},
 * {@code CLOSED}, {@code WITHDRAWN})
 * @param toStatus the status after
 * @param treatment {@code MITIGATE}, {@code TRANSFER}, {@code AVOID}, {@code ACCEPT} or
 * {@code null}
 */
public record RiskRated(UUID practiceId, UUID riskId, String fromStatus, String toStatus,
		@Nullable String treatment) implements RiskEvent {

	@Override
	public String action() {
		return "risk.updated";
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
		return "Risk updated: " + RiskStatus.valueOf(this.fromStatus).label() + " -> "
				+ RiskStatus.valueOf(this.toStatus).label()
				+ ((this.treatment != null) ? ", treatment " + Treatment.valueOf(this.treatment).label() : "");
	}

}
