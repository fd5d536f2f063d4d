package dev.bulwark.assessment;

import java.util.UUID;

/**
 * A remediation task was added to a risk.
 */
public record TreatmentTaskAdded(UUID practiceId, UUID riskId, UUID taskId) implements RiskEvent {

	@Override
	public String action() {
		return "risk.task-added";
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
		return "Task added";
	}

}
