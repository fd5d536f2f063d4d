package dev.bulwark.audit;

import java.util.UUID;

import dev.bulwark.shared.AuditableRead;

/** The practice's audit trail was read (page or API), with the filter used. */
public record AuditTrailViewed(UUID practiceId, String filter) implements AuditTrailEvent, AuditableRead {

	@Override
	public String action() {
		return "audit.viewed";
	}

	@Override
	public String summary() {
		return "Audit trail viewed (" + this.filter + ")";
	}

}
