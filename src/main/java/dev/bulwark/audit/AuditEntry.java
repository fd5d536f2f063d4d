package dev.bulwark.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit trail, as shown to the security officer and exported. */
public record AuditEntry(UUID practiceId, long seq, Instant occurredAt, UUID actorUserId, String actorLabel,
		String action, String objectType, String objectId, String summary, String remoteAddress, String prevHash,
		String hash) {

}
