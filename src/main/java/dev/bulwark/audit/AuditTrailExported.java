package dev.bulwark.audit;

import java.util.UUID;

/** The practice's audit trail was exported as CSV, with the filter used. */
public record AuditTrailExported(UUID practiceId, String filter) implements AuditTrailEvent {

	@Override
	public String action() {
		return "audit.exported";
	}

	@Override
	public String summary() {
		return "Audit trail exported as CSV (" + this.filter + ")";
	}

}
