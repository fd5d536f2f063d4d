package dev.bulwark.policies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person's acknowledgement of one version of a policy. */
record AcknowledgementRecord(UUID id, UUID documentId, UUID versionId, int versionNumber, UUID userId, String userName,
		LocalDate acknowledgedOn, Instant acknowledgedAt) {

}
