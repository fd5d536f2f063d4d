package dev.bulwark.audit;

import dev.bulwark.shared.AuditableEvent;

/**
 * What happened to the audit trail itself: it was read, exported, or its checkpoint was
 * exported. Each is an entry of the trail.
 */
public sealed interface AuditTrailEvent extends AuditableEvent
		permits AuditTrailViewed, AuditTrailExported, AuditCheckpointExported {

	@Override
	default String objectType() {
		return "audit-trail";
	}

	@Override
	default String objectId() {
		return null;
	}

}
