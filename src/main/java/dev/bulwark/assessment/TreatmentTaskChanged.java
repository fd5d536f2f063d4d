package dev.bulwark.assessment;

import java.util.UUID;

/**
 * A remediation task was changed (title, owner, due date, or marked not done).
 */
public record TreatmentTaskChanged(UUID practiceId, UUID riskId, UUID taskId) implements RiskEvent {

	@Override
	public String action() {
		return "risk.task-updated";
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
		return "Task updated";
	}

}
