package dev.bulwark.assessment;

import dev.bulwark.shared.AuditableEvent;

/**
 * What happened in the risk register and the treatment plan: each fact is also an entry
 * in the audit trail (the action names are stable: {@code risk.proposed},
 * {@code risk.accepted}...). Summaries never carry patient information.
 */
public sealed interface RiskEvent extends AuditableEvent
		permits RiskRegisterViewed, RiskViewed, RiskAdded, RiskRated, RiskAccepted, RiskProposed, ProposedRiskRefreshed,
		RiskWithdrawn, TreatmentTaskAdded, TreatmentTaskChanged, TreatmentTaskCompleted {

}
