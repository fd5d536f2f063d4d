package dev.bulwark.shared;

import java.util.UUID;

/**
 * A general-purpose {@link AuditableEvent} for modules whose actions need no event type
 * of their own.
 */
public record AuditEvent(UUID practiceId, String action, String objectType, String objectId, String summary,
		UUID actorUserId, String actorLabel) implements AuditableEvent {

	public static AuditEvent of(UUID practiceId, String action, String objectType, Object objectId, String summary) {
		return new AuditEvent(practiceId, action, objectType, objectId == null ? null : objectId.toString(), summary,
				null, null);
	}

	public AuditEvent by(UUID userId, String label) {
		return new AuditEvent(this.practiceId, this.action, this.objectType, this.objectId, this.summary, userId,
				label);
	}

}
