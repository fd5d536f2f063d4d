package dev.bulwark.audit;

import java.util.UUID;

/** The practice's audit trail was read (page or API), with the filter used. */
public record AuditTrailViewed(UUID practiceId, String filter) implements AuditTrailEvent {

	@Override
	public String action() {
		return "audit.viewed";
	}

	@Override
	public String summary() {
		return "Audit trail viewed (" + this.filter + ")";
	}

}
